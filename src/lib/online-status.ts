/** The browser's idea of whether it is online, as an external store for useSyncExternalStore. */
export const onlineStatus = {
  get: (): boolean => navigator.onLine,
  /** The prerendered page assumes online; the client corrects it after hydration. */
  getServer: (): boolean => true,
  subscribe: (listener: () => void): (() => void) => {
    window.addEventListener('online', listener);
    window.addEventListener('offline', listener);
    return () => {
      window.removeEventListener('online', listener);
      window.removeEventListener('offline', listener);
    };
  },
};
