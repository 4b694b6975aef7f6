/**
 * Turns a reviewed import into a dataset file of the project's own format (version 2): only
 * accepted figures, each with the sentence it stands in, the document's text carried in the file.
 * Dropped into fixtures/datasets/ it builds and passes the same validation as the built-in ones.
 */
import type { AdminUnit } from '@/data/model/dataset-schema';
import { unitCode } from '@/data/model/units';
import { isKnownUnitOfMeasure } from '@/data/model/vocabulary';
import { unitId, type CountingUnit } from './counting-units';
import type { ImportDraft, ReviewedFigure } from './draft';

/** A dataset file as JSON (the schema validates it; this module only writes it). */
export interface DatasetFile {
  schemaVersion: 2;
  id: string;
  version: string;
  source: {
    issuer: { zh: string };
    title: { zh: string };
    date: string;
    /** A document's text; a table's source has none (its figures cite a table and a page). */
    text?: string;
  };
  title: { zh: string };
  description: { zh: string };
  units: FileUnit[];
  measures: FileMeasure[];
  figures: FileFigure[];
  checks: FileCheck[];
}

export interface FileUnit {
  id: string;
  name: { zh: string; en?: string };
  code?: string;
}

export interface FileMeasure {
  id: string;
  label: { zh: string };
  unit: string;
  unitLabel?: { zh: string; en: string };
  scale?: number;
  baseLabel?: { zh: string; en: string };
  signed?: boolean;
}

export interface FileFigure {
  id: string;
  measure: string;
  dims?: Record<string, string>;
  value: number;
  kind: 'stated';
  status: ReviewedFigure['status'];
  qualifier: ReviewedFigure['qualifier'];
  decimals: number;
  asOf?: string;
  provenance: { section?: string; quote?: string; page?: string; table?: string };
}

export type FileCheck =
  | { id: string; type: 'sum'; label: { zh: string; en: string }; parts: string[]; total: string }
  | {
      id: string;
      type: 'rate';
      label: { zh: string; en: string };
      numerator: string;
      denominator: string;
      rate: string;
    };

/**
 * What every import's dataset file starts with: format version, id, the release it is (the
 * source's date), the source named in the file (with its text, for a document) and a title.
 */
export function datasetFileHead(
  draft: Pick<ImportDraft, 'id' | 'citation'>,
  title: string,
  text?: string,
): Pick<DatasetFile, 'schemaVersion' | 'id' | 'version' | 'source' | 'title' | 'description'> {
  return {
    schemaVersion: 2,
    id: datasetIdOf(draft),
    version: draft.citation.date,
    source: {
      issuer: { zh: draft.citation.issuer },
      title: { zh: draft.citation.title },
      date: draft.citation.date,
      ...(text !== undefined ? { text } : {}),
    },
    title: { zh: title },
    description: { zh: title },
  };
}

/** A measure's unit in the file: the format's own id, with labels and scale when it has none. */
export function measureUnitFields(unit: CountingUnit): Pick<FileMeasure, 'unit' | 'unitLabel' | 'scale' | 'baseLabel'> {
  const id = unitId(unit);
  if (isKnownUnitOfMeasure(id)) return { unit: id };
  return {
    unit: id,
    unitLabel: { zh: unit.zh, en: unit.en },
    ...(unit.scale !== 1
      ? { scale: unit.scale, baseLabel: { zh: unit.baseZh || '个', en: unit.baseEn || 'count' } }
      : {}),
  };
}

/** A figure id's part for a label or place that is not ASCII: the label's measure number. */
export function slugPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The dataset id of an import: its own id, which is already a slug (`imp-…`). */
export function datasetIdOf(draft: Pick<ImportDraft, 'id'>): string {
  return slugPart(draft.id) || 'import';
}

/**
 * The dataset file of a draft's accepted figures. Figures are grouped into measures by what is
 * counted and its unit; a figure whose measure and breakdown repeat another's gets a measure of
 * its own, so nothing is merged silently.
 */
export function toDatasetFile(
  draft: ImportDraft,
  figures: readonly ReviewedFigure[],
  cityUnits: readonly AdminUnit[],
): DatasetFile {
  const accepted = figures.filter((f) => f.decision === 'accepted');
  const byCode = new Map(cityUnits.map((u) => [unitCode(u), u]));
  const declared = new Map<string, FileUnit>();
  const measures: FileMeasure[] = [];
  const measureIds = new Map<string, string>();
  const taken = new Set<string>();
  const out: FileFigure[] = [];
  const sources: ReviewedFigure[] = [];

  const unitIdOf = (f: ReviewedFigure): string | undefined => {
    if (!f.place || !f.placeCode) return undefined;
    const own = byCode.get(f.placeCode);
    if (own) return own.id;
    const id = slugPart(f.placeCode);
    if (!declared.has(id))
      declared.set(id, { id, name: { zh: f.place }, ...(/^\d{6,12}$/.test(f.placeCode) ? { code: f.placeCode } : {}) });
    return id;
  };

  for (const f of accepted) {
    const unit = unitIdOf(f);
    const dims: Record<string, string> = {
      ...(unit ? { unit } : f.place ? { place: f.place } : {}),
      ...(f.period ? { year: f.period } : {}),
    };
    const dimsKey = Object.entries(dims)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const measureKey = `${f.label}|${f.unitId}|${f.status}`;
    let measureId = measureIds.get(measureKey);
    if (measureId === undefined || taken.has(`${measureId}|${dimsKey}`)) {
      measureId = `m${measures.length + 1}`;
      measureIds.set(measureKey, measureId);
      measures.push({
        id: measureId,
        label: { zh: f.label || f.unit.zh },
        ...measureUnitFields(f.unit),
        ...(f.change === 'decrease' || f.unit.base === 'percentage-point' ? { signed: true } : {}),
      });
    }
    taken.add(`${measureId}|${dimsKey}`);
    out.push({
      id: `${measureId}.${f.id}`,
      measure: measureId,
      ...(Object.keys(dims).length ? { dims } : {}),
      value: f.change === 'decrease' ? -f.value : f.value,
      kind: 'stated',
      status: f.status,
      qualifier: f.qualifier,
      decimals: f.decimals,
      ...(f.asOf ? { asOf: f.asOf } : {}),
      provenance: { ...(f.section ? { section: f.section } : {}), quote: f.sentence },
    });
    sources.push(f);
  }

  return {
    ...datasetFileHead(draft, draft.citation.title || draft.name, draft.text),
    units: [...declared.values()],
    measures,
    figures: out,
    checks: proposeChecks(out, sources),
  };
}

const WHOLE = new Set(['全市', '全县', '全区', '全省']);

/**
 * The checks the audit page runs, proposed from the accepted figures: the units' figures of a
 * measure add up to its city-wide figure; the figures of two years add up to the two years'
 * total (the nearest of each year after it in the text, same unit and place); a rate (…率) is
 * its count over the other count of its sentence. `figures[i]` was made from `from[i]`.
 */
export function proposeChecks(figures: readonly FileFigure[], from: readonly ReviewedFigure[]): FileCheck[] {
  const checks: FileCheck[] = [];
  const label = (f: ReviewedFigure) => f.label || f.unit.zh;

  // Units add up to the whole.
  const byMeasure = new Map<string, (readonly [FileFigure, ReviewedFigure])[]>();
  figures.forEach((f, i) => {
    const source = from[i];
    if (!source) return;
    const key = `${f.measure}|${f.dims?.year ?? ''}`;
    byMeasure.set(key, [...(byMeasure.get(key) ?? []), [f, source]]);
  });
  for (const group of byMeasure.values()) {
    const parts = group.filter(([f]) => f.dims?.unit !== undefined);
    const totals = group.filter(
      ([f]) => f.dims?.unit === undefined && (f.dims?.place === undefined || WHOLE.has(f.dims.place)),
    );
    const total = totals[0];
    if (parts.length < 2 || totals.length !== 1 || !total) continue;
    checks.push({
      id: `sum-${total[0].id}`,
      type: 'sum',
      label: {
        zh: `${label(total[1])}：各地之和等于${total[1].place ?? '合计'}`,
        en: `${label(total[1])}: the places add up to the total`,
      },
      parts: parts.map(([f]) => f.id),
      total: total[0].id,
    });
  }

  // Two years add up to the two years' total.
  figures.forEach((total, i) => {
    const source = from[i];
    const span = /^(\d{4})-(\d{4})$/.exec(total.dims?.year ?? '');
    if (!source || !span) return;
    const partOf = (year: string) =>
      figures.find((f, j) => {
        const other = from[j];
        return (
          j > i &&
          other !== undefined &&
          f.dims?.year === year &&
          other.unitId === source.unitId &&
          other.place === source.place
        );
      });
    const first = partOf(span[1] ?? '');
    const second = partOf(span[2] ?? '');
    if (!first || !second || Number(span[2]) - Number(span[1]) !== 1) return;
    checks.push({
      id: `years-${total.id}`,
      type: 'sum',
      label: {
        zh: `${label(source)}：${span[1]}年与${span[2]}年之和等于${span[1]}—${span[2]}年合计`,
        en: `${label(source)}: ${span[1]} plus ${span[2]} equals ${span[1]}–${span[2]}`,
      },
      parts: [first.id, second.id],
      total: total.id,
    });
  });

  // A rate is its count over the other count of its sentence.
  figures.forEach((rate, i) => {
    const source = from[i];
    if (!source || source.unitId !== 'percent' || !source.label.endsWith('率')) return;
    const stem = source.label.slice(0, -1);
    const counts = figures
      .map((f, j) => [f, from[j]] as const)
      .filter(
        (pair): pair is readonly [FileFigure, ReviewedFigure] =>
          pair[1] !== undefined && pair[1].sentenceStart === source.sentenceStart && pair[1].unitId !== 'percent',
      );
    const numerator = counts.find(([, f]) => stem.length > 0 && f.label.includes(stem));
    const denominator = counts.find(([f, other]) => f !== numerator?.[0] && other.unitId === numerator?.[1].unitId);
    if (!numerator || !denominator) return;
    checks.push({
      id: `rate-${rate.id}`,
      type: 'rate',
      label: {
        zh: `${source.label}：${label(numerator[1])}除以${label(denominator[1])}`,
        en: `${source.label}: recomputed from its counts`,
      },
      numerator: numerator[0].id,
      denominator: denominator[0].id,
      rate: rate.id,
    });
  });
  return checks;
}
