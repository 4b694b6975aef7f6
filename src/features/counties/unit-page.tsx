import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { datasetQueryOptions } from '@/data/api/get-dataset';
import { adminUnits, findUnit } from '@/data/model/units';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { pageMeta, usePageMeta } from '@/lib/page-meta';
import { useLanguage } from '@/lib/use-language';
import { BareFrame, Frame } from '@/frames/frame';
import { mapFrame, unitFiguresFrame } from './frames';
import { unitNbsChangesFrame, unitNbsTrendFrame } from './history-frames';
import { buildCountyBreakdown } from './model/county-breakdown';

/** A path that names no unit: says so, and lists the nine units to choose from. */
function UnknownUnit({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <h1 className="page-title">{t('unit.notFound')}</h1>
      <p role="alert">{t('unit.notFoundDetail', { id })}</p>
      <ul className="unit-list">
        {adminUnits.map((u) => (
          <li key={u.id}>
            <Link href={paths.unit(u.id)}>{u.name[language]}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** One county-level unit: every figure any dataset holds for it, its share and rank, its place on the map. */
export function UnitPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { unit: unitId = '' } = useParams<{ unit: string }>();
  const unit = findUnit(unitId);
  const divisions = useQuery(datasetQueryOptions('divisions'));
  const name = unit?.name[language] ?? t('unit.notFound');
  usePageMeta(pageMeta(t, name, unit ? t('meta.unit', { unit: name }) : t('meta.counties')));
  if (!unit) return <UnknownUnit id={unitId} />;
  const row = divisions.data
    ? buildCountyBreakdown(divisions.data, adminUnits).rows.find((r) => r.unit.id === unit.id)
    : undefined;
  const at = adminUnits.findIndex((u) => u.id === unit.id);
  const previous = adminUnits[at - 1];
  const next = adminUnits[at + 1];
  const code = (label: string, value: string | undefined) =>
    value ? t('unit.code', { scheme: label, code: value }) : t('unit.noCode', { scheme: label });
  return (
    <>
      <p>
        <Link href={paths.counties}>← {t('unit.backToCounties')}</Link>
      </p>
      <h1 className="page-title">{unit.name[language]}</h1>
      <p className="unit-meta">
        {unit.kind === 'functional-zone' && <span>{t('unit.zone')} · </span>}
        {code(t('unit.gbt2260'), unit.gbt2260)} · {code(t('unit.nbsCode'), unit.nbs)}
      </p>
      {row && (
        <p className="unit-share">
          {t('unit.shareRank', {
            share: `${formatNumber(row.share * 100, language, 1)}%`,
            rank: row.rank,
            count: adminUnits.length,
          })}
        </p>
      )}
      <h2 className="section-title">{t('unit.figures')}</h2>
      <BareFrame definition={unitFiguresFrame} highlight={unit.id} />
      <h2 className="section-title">{t('unit.onMap')}</h2>
      <Frame definition={mapFrame} highlight={unit.id} />
      {unit.nbs && (
        <>
          <h2 className="section-title">{t('history.unitSection', { unit: name })}</h2>
          <Frame definition={unitNbsTrendFrame} highlight={unit.id} />
          <Frame definition={unitNbsChangesFrame} highlight={unit.id} />
          <p>
            <Link href={paths.withQuery(paths.changes, `county=${unit.nbs}`)}>
              {t('history.unitChangesLink', { unit: name })}
            </Link>
          </p>
        </>
      )}
      <nav className="unit-steps" aria-label={t('history.unitSteps')}>
        {previous && (
          <Link href={paths.unit(previous.id)} rel="prev">
            {t('history.prevUnit', { unit: previous.name[language] })}
          </Link>
        )}
        {next && (
          <Link href={paths.unit(next.id)} rel="next">
            {t('history.nextUnit', { unit: next.name[language] })}
          </Link>
        )}
      </nav>
    </>
  );
}
