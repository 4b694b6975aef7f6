import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { CountyMapFrame } from '@/features/charts/components/county-map-frame';
import { FigureTile } from '@/features/charts/components/figure-tile';
import { QueryError } from '@/features/charts/components/query-error';
import { buildCountyBreakdown } from '@/features/charts/model/county-breakdown';
import { DATASET_IDS, datasetQueryOptions } from '@/features/datasets/api/get-dataset';
import { adminUnits, findUnit } from '@/features/datasets/model/units';
import { formatShare } from '@/lib/format';
import { useLanguage } from '@/lib/use-language';
import { NotFoundRoute } from './not-found';

/** One county-level unit: every figure any dataset holds for it, its share and rank, its place on the map. */
export function CountyRoute() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unit: unitId = '' } = useParams<{ unit: string }>();
  const unit = findUnit(unitId);
  const results = useQueries({ queries: DATASET_IDS.map((id) => datasetQueryOptions(id)) });
  if (!unit) return <NotFoundRoute />;
  const name = unit.name[language];
  const divisions = results[0]?.data;
  const row = divisions
    ? buildCountyBreakdown(divisions, adminUnits).rows.find((r) => r.unit.id === unit.id)
    : undefined;
  const failed = results.find((r) => r.isError);
  const figures = results.flatMap((r) =>
    r.data ? r.data.figures.filter((f) => f.dims?.unit === unit.id).map((f) => ({ dataset: r.data, figure: f })) : [],
  );
  return (
    <>
      <p>
        <Link href="/counties">← {t('unit.backToCounties')}</Link>
      </p>
      <h1 className="page-title">{name}</h1>
      <p className="unit-meta">
        {unit.kind === 'functional-zone' && <span>{t('unit.zone')} · </span>}
        {t('unit.codes')}: GB/T 2260 {unit.gbt2260 ?? t('unit.noCode')} · NBS {unit.nbs ?? t('unit.noCode')}
      </p>
      {row && (
        <p className="unit-share">
          {t('unit.shareRank', { share: formatShare(row.share, language), rank: row.rank, count: adminUnits.length })}
        </p>
      )}
      {failed && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
      <h2 className="section-title">{t('unit.figures')}</h2>
      <div className="tiles">
        {figures.map(({ dataset, figure }) => (
          <FigureTile key={`${dataset.id}:${figure.id}`} dataset={dataset} figure={figure} />
        ))}
      </div>
      <h2 className="section-title">{t('unit.onMap')}</h2>
      <CountyMapFrame highlight={unit.id} />
    </>
  );
}
