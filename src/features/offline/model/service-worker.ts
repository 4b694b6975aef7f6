import { Workbox } from 'workbox-window';
import { updateStore } from './update-store';

type ScriptUrl = ConstructorParameters<typeof Workbox>[0];
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): {
    createScriptURL(url: string): ScriptUrl;
  };
}

/**
 * Registering a worker is a Trusted Types sink: where the browser enforces (or reports) them, pass
 * the URL through a policy that allows exactly the app's own worker script.
 */
function trustedScriptUrl(url: string): ScriptUrl {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  const policy = factory.createPolicy('service-worker', {
    createScriptURL: (u) => {
      if (u !== url) throw new TypeError(`not the app's service worker: ${u}`);
      return u;
    },
  });
  return policy.createScriptURL(url);
}

/**
 * Registers the service worker that keeps the app and its data on this device (vite.config.ts,
 * `offlineMode`). A new version installs in the background and then waits: the update prompt
 * offers to reload, and only the user's click activates it and reloads this tab. A presenter is
 * never interrupted. Other open tabs keep running the version they loaded.
 */
export function registerServiceWorker(scriptUrl = '/sw.js'): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const wb = new Workbox(trustedScriptUrl(scriptUrl), { scope: '/' });
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
