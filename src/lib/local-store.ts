/**
 * The browser's localStorage, for what the app keeps on the device (preferences, the deck,
 * imports). Blocked storage (private mode, a sandboxed embed) reads as none, never as an error.
 */
export function localStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Calls back when `key` changes: here (the module that writes it dispatches `changeEvent` on
 * window) or in another tab (the `storage` event).
 */
export function subscribeStoredKey(key: string, changeEvent: string, callback: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === key) callback();
  };
  window.addEventListener(changeEvent, callback);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(changeEvent, callback);
    window.removeEventListener('storage', onStorage);
  };
}
