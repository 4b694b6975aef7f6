import { useTranslation } from 'react-i18next';
import { QueryError } from '@/features/charts/components/query-error';
import { BigScreen } from '@/features/presenter/components/big-screen';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { Frame } from '../frames';
import { HeadlineTiles, useHeadlineData } from './headline-tiles';

/** The meeting-room screen: headline figures, the county map and the key charts on one screen. */
export function BigScreenRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, partial, failed } = useHeadlineData();
  const divisions = partial.divisions;
  return (
    <BigScreen
      title={t('bigScreen.title')}
      language={language}
      asOfLine={divisions ? t('presenter.published', { date: formatDate(divisions.version, language) }) : ''}
      sourceLine={
        divisions
          ? t('frame.sourceLine', {
              issuer: divisions.source.issuer[language],
              title: divisions.source.title[language],
              date: formatDate(divisions.source.date, language),
            })
          : ''
      }
      tiles={
        data ? (
          <HeadlineTiles data={data} />
        ) : failed ? (
          <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
        ) : null
      }
      left={<Frame id="counties" />}
      main={<Frame id="map" />}
      right={
        <>
          <Frame id="renovation-investment" />
          <Frame id="disputes" />
        </>
      }
    />
  );
}
