import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from 'wouter';
import text from '@fixtures/sources/puyang-mca-2023-188.txt?raw';
import { QueryError } from '@/features/charts/components/query-error';
import { useFigureFormat } from '@/features/charts/components/figure-value';
import { figureLabel } from '@/features/charts/model/figures';
import { findUnit } from '@/features/datasets/model/units';
import { SourceText, type FigureTarget } from '@/features/source-document/components/source-text';
import type { SourceFigure } from '@/features/source-document/model/locate';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import { figurePlaces, type FigurePlace } from '../figure-targets';
import { useAllDatasets } from '../use-all-datasets';

/**
 * The reply as published (without the contact line), every extracted figure highlighted and
 * linked to the chart that shows it. `?figure=dataset:figure` marks that figure's sentence.
 */
export function SourceRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { base } = useRouter();
  const [{ figure: markedRef }] = useViewState();
  const all = useAllDatasets();
  const format = useFigureFormat();
  const datasets = all.status === 'ready' ? all.datasets : undefined;

  const { figures, describe, places } = useMemo(() => {
    const list: SourceFigure[] = [];
    const names = new Map<string, string>();
    for (const d of datasets ?? [])
      for (const f of d.figures) {
        const ref = `${d.id}:${f.id}`;
        list.push({
          ref,
          quote: f.provenance.quote,
          ...(f.kind === 'stated' ? { published: f.value.toFixed(f.decimals) } : {}),
        });
        const unit = f.dims?.unit ? findUnit(f.dims.unit) : undefined;
        const where = unit ? `${(unit.shortName ?? unit.name)[language]} · ` : '';
        names.set(ref, `${where}${figureLabel(d, f, language)} ${format.quantity(d, f)}`);
      }
    return {
      figures: list,
      describe: names,
      places: datasets ? figurePlaces(datasets, t, language) : new Map<string, FigurePlace>(),
    };
  }, [datasets, t, language, format]);

  const targetOf = (ref: string): FigureTarget | undefined => {
    const place = places.get(ref);
    if (!place) return undefined;
    const figure = describe.get(ref) ?? ref;
    return {
      href: `${base}${place.path}`,
      label: place.frameTitle
        ? t('sourceDoc.figureInFrame', { figure, frame: place.frameTitle })
        : t('sourceDoc.figureOnPage', { figure }),
    };
  };

  const source = datasets?.[0]?.source;
  return (
    <>
      <h1 className="page-title">{t('nav.source')}</h1>
      {source && (
        <header className="source-header">
          <p className="source-header__title" lang="zh-CN">
            {source.issuer.zh}《{source.title.zh}》
          </p>
          <p>
            {t('sourceDoc.published', {
              issuer: source.issuer[language],
              title: source.title[language],
              date: formatDate(source.date, language),
            })}
          </p>
          <p className="page-intro">{t('sourceDoc.intro')}</p>
          {source.omitted && <p className="source-header__omitted">{source.omitted[language]}</p>}
        </header>
      )}
      {all.status === 'error' && <QueryError error={all.error} onRetry={all.retry} />}
      {all.status === 'pending' && <p role="status">{t('frame.loading')}</p>}
      {datasets && (
        <SourceText
          text={text}
          figures={figures}
          targetOf={targetOf}
          {...(markedRef ? { markedRef, markedDescription: describe.get(markedRef) ?? markedRef } : {})}
        />
      )}
      {source && <p className="source-licence">{source.licence[language]}</p>}
    </>
  );
}
