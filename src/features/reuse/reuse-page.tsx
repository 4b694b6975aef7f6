import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryError } from '@/components/query-error';
import { datasetQueryOptions } from '@/data/api/get-dataset';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/** How the figures and charts may be reused: the source, its terms, the credit line, releases. */
export function ReusePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageMeta(pageMeta(t, t('reuse.title'), t('meta.reuse')));
  // Every dataset cites the same document; its metadata travels with each dataset.
  const query = useQuery(datasetQueryOptions('divisions'));
  const source = query.data?.source;
  return (
    <>
      <h1 className="page-title">{t('reuse.title')}</h1>
      <p className="page-intro">{t('reuse.intro')}</p>
      {query.isError && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {source && (
        <>
          <h2 className="section-title">{t('reuse.sourceHeading')}</h2>
          <p>
            {source.issuer[language]} · {source.title[language]} · {formatDate(source.date, language)}
          </p>
          {source.omitted && (
            <p>
              {t('reuse.omitted')}: {source.omitted[language]}
            </p>
          )}
          <h2 className="section-title">{t('reuse.licenceHeading')}</h2>
          <p className="reuse__licence">{source.licence[language]}</p>
          <h2 className="section-title">{t('reuse.creditHeading')}</h2>
          <p className="reuse__credit">
            {t('exports.citationLine', {
              issuer: source.issuer[language],
              title: source.title[language],
              date: formatDate(source.date, language),
              sections: '…',
              interpolation: { escapeValue: false },
            })}
          </p>
        </>
      )}
      <h2 className="section-title">{t('reuse.chartsHeading')}</h2>
      <p>{t('reuse.charts')}</p>
      <h2 className="section-title">{t('reuse.versionsHeading')}</h2>
      <p>{t('reuse.versions')}</p>
    </>
  );
}
