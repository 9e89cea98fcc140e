import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The ids Firefox needs to install and update the add-on; Chrome ignores them.
const GECKO_ID = 'sift@sift-reader.org';

export default defineConfig({
  imports: false,
  // MV3 for Firefox too: one action, scripting and permission model for both browsers.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Sift',
    description: 'Turn a news page into a clean, private brief: saved, searchable and offline in your browser.',
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Asked for one site at a time, only when "Save link to Sift" needs to fetch a page.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this page to Sift',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Sift sends nothing anywhere; Firefox asks add-ons to declare that.
            gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
