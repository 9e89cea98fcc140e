import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// The built manifests, as the stores receive them: this suite runs after both builds.
const BUILDS = { chrome: resolve('.output/chrome-mv3'), firefox: resolve('.output/firefox-mv3') };

// README, "Permissions": these and no more; host access only on request (optional).
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];
const EXPECTED_PERMISSIONS = { chrome: [...PERMISSIONS, 'sidePanel'].sort(), firefox: PERMISSIONS };
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

// The only sources an extension page's script may come from without loosening MV3's default.
const SAFE_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);

/** The directives of `policy` that let script or plugins come from anywhere but the extension. */
function cspLoosening(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => ['default-src', 'script-src', 'script-src-elem', 'script-src-attr', 'object-src', 'worker-src'].includes(name))
    .flatMap(([name, ...sources]) => sources.filter((source) => !SAFE_SOURCES.has(source)).map((source) => `${name} ${source}`));
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

test('the CSP check flags what loosens the default and nothing else', () => {
  expect(cspLoosening("script-src 'self' 'wasm-unsafe-eval'; object-src 'self'")).toEqual([]);
  expect(cspLoosening("script-src 'self' 'unsafe-eval' https://cdn.example.com; style-src 'unsafe-inline'; object-src *")).toEqual([
    "script-src 'unsafe-eval'",
    'script-src https://cdn.example.com',
    'object-src *',
  ]);
});

describe.each(Object.entries(BUILDS) as Array<[keyof typeof BUILDS, string]>)('the %s build', (browser, dir) => {
  const manifest = readManifest(dir);

  test('asks for exactly the declared permissions, and for hosts only on request', () => {
    expect([...manifest.permissions].sort()).toEqual(EXPECTED_PERMISSIONS[browser]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  test('runs in no page by itself and lets no page reach it', () => {
    // The content script is injected on demand (scripting.executeScript), never declared.
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  test('keeps the default content security policy', () => {
    const csp = manifest.content_security_policy;
    const policies = typeof csp === 'string' ? [csp] : Object.values(csp ?? {}).map(String);
    expect(policies.flatMap(cspLoosening)).toEqual([]);
  });

  test('its pages load script only from the extension itself', () => {
    const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const scripts = [...readFileSync(join(dir, page), 'utf8').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attributes, body] of scripts) {
        expect(body.trim(), `${page}: inline script`).toBe('');
        expect(/\bsrc="([^"]+)"/.exec(attributes)?.[1], `${page}: script source`).toMatch(/^\/(?!\/)/);
      }
    }
  });
});
