import { Workbox } from 'workbox-window';
import { updateStore } from './update-store';

/**
 * Registers the service worker that keeps the app and its data on this device (vite.config.ts,
 * `offlineMode`). A new version installs in the background and then waits: the update prompt
 * offers to reload, and only the user's click activates it and reloads this tab. A presenter is
 * never interrupted. Other open tabs keep running the version they loaded.
 */
export function registerServiceWorker(scriptUrl = '/sw.js'): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(scriptUrl, { scope: '/' });
  wb.addEventListener('waiting', () => {
    updateStore.set({
      status: 'available',
      apply: () => {
        // Reload once the new version controls this page (the URL keeps the view).
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  // Registration can be refused (private mode, a framing page's storage rules, a test browser
  // that blocks workers); the app then simply works online only.
  wb.register().catch(() => undefined);
}
