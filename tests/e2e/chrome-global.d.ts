import type { browser } from 'wxt/browser';

// Code passed to worker.evaluate() runs inside the extension, where `chrome` is the API.
declare global {
  const chrome: typeof browser;
}
