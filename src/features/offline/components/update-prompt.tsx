import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { updateStore } from '../model/update-store';

/**
 * "Update available", with a button to reload into the new version. It never reloads by itself
 * and never takes the focus, so it cannot disturb a presentation; it stays until used or closed.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const update = useSyncExternalStore(updateStore.subscribe, updateStore.get, updateStore.getServer);
  const [dismissed, setDismissed] = useState(false);
  if (update.status !== 'available' || dismissed) return null;
  return (
    <section className="update-prompt" aria-labelledby="update-prompt-title">
      <p id="update-prompt-title" className="update-prompt__title" role="status">
        {t('offline.updateAvailable')}
      </p>
      <p className="update-prompt__detail">{t('offline.updateDetail')}</p>
      <div className="update-prompt__actions">
        <button type="button" className="button" onClick={update.apply}>
          {t('offline.reload')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setDismissed(true)}>
          {t('offline.later')}
        </button>
      </div>
    </section>
  );
}
