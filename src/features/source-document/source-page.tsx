import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from 'wouter';
import text from '@fixtures/sources/puyang-mca-2023-188.txt?raw';
import { QueryError } from '@/components/query-error';
import { figureValue, quantity, unitOfFigure } from '@/components/model/values';
import { DATASET_IDS } from '@/data/api/get-dataset';
import { useDatasets } from '@/data/api/use-datasets';
import { figureLabel } from '@/data/model/figures';
import { findUnit, unitLabel } from '@/data/model/units';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { useViewState } from '@/lib/use-url-state';
import type { FrameDefinition } from '@/frames/definition';
import { figurePlaces, type FigurePlace } from '@/frames/places';
import { SourceText, type FigureTarget } from './components/source-text';
import type { SourceFigure } from './model/locate';
import { pageMeta, usePageMeta } from '@/lib/page-meta';

/**
 * The reply as published (without the contact line), every extracted figure highlighted and
 * linked to the frame that shows it (`frames`, from the app). `?figure=dataset:figure` marks that
 * figure's sentence.
 */
export function SourcePage({ frames }: { frames: readonly FrameDefinition[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { base } = useRouter();
  const [{ figure: markedRef }] = useViewState();
  usePageMeta(pageMeta(t, t('nav.source'), t('meta.source')));
  const all = useDatasets(DATASET_IDS);
  const datasets = all.status === 'ready' ? all.datasets : undefined;

  const { figures, describe, places } = useMemo(() => {
    const locale = { language, t };
    const list: SourceFigure[] = [];
    const names = new Map<string, string>();
    for (const d of datasets ?? [])
      for (const f of d.figures) {
        const ref = `${d.id}:${f.id}`;
        const { quote } = f.provenance;
        // A figure cited by page or table has no sentence to mark in a text.
        if (quote === undefined) continue;
        list.push({
          ref,
          quote,
          ...(f.kind === 'stated' ? { published: f.value.toFixed(f.decimals) } : {}),
        });
        const unit = f.dims?.unit ? findUnit(f.dims.unit) : undefined;
        const where = unit ? `${unitLabel(unit, language)} · ` : '';
        names.set(
          ref,
          `${where}${figureLabel(d, f, language)} ${quantity(figureValue(d.id, f, locale), unitOfFigure(d, f), locale)}`,
        );
      }
    return {
      figures: list,
      describe: names,
      places: datasets ? figurePlaces(frames, datasets, locale) : new Map<string, FigurePlace>(),
    };
  }, [datasets, frames, t, language]);

  const targetOf = (ref: string): FigureTarget | undefined => {
    const place = places.get(ref);
    if (!place) return undefined;
    const figure = describe.get(ref) ?? ref;
    return {
      href: `${base}${place.path}`,
      label: place.tiles
        ? t('sourceDoc.figureOnPage', { figure })
        : t('sourceDoc.figureInFrame', { figure, frame: place.frameTitle }),
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
