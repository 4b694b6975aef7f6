import { useTranslation } from 'react-i18next';
import { DatasetValidationError } from '@/lib/validation-error';
import { UnknownVersionError } from '@/data/api/get-dataset';
import { HttpError, MalformedJsonError, NetworkError } from '@/lib/api-client';

/** Says in plain words why a dataset failed to load, with the technical detail one click away. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  let message: string;
  if (error instanceof UnknownVersionError) message = t('errors.unknownVersion', { version: error.version });
  else if (error instanceof HttpError)
    message = error.status === 404 ? t('errors.notFound') : t('errors.http', { status: error.status });
  else if (error instanceof NetworkError)
    message = error.timedOut
      ? t('errors.timeout')
      : typeof navigator !== 'undefined' && !navigator.onLine
        ? t('errors.offline')
        : t('errors.network');
  else if (error instanceof MalformedJsonError) message = t('errors.malformed');
  else if (error instanceof DatasetValidationError) message = t('errors.schema');
  else message = t('errors.unknown');
  const detail = error instanceof Error ? error.message : String(error);
  const retryable = !(error instanceof HttpError && error.status === 404) && !(error instanceof UnknownVersionError);
  return (
    <div role="alert" className="frame-state frame-state--error">
      <p className="frame-state__title">{t('errors.title')}</p>
      <p>{message}</p>
      <details>
        <summary>{t('errors.detail')}</summary>
        <pre className="error-detail">{detail}</pre>
      </details>
      {retryable && (
        <button type="button" className="button" onClick={onRetry}>
          {t('frame.retry')}
        </button>
      )}
    </div>
  );
}
