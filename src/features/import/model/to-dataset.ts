/**
 * Turns a reviewed import into a dataset file of the project's own format (version 2): only
 * accepted figures, each with the sentence it stands in, the document's text carried in the file.
 * Dropped into fixtures/datasets/ it builds and passes the same validation as the built-in ones.
 */
import type { AdminUnit } from '@/data/model/dataset-schema';
import { unitCode } from '@/data/model/units';
import { isKnownUnitOfMeasure } from '@/data/model/vocabulary';
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
    text: string;
  };
  title: { zh: string };
  description: { zh: string };
  units: { id: string; name: { zh: string }; code?: string }[];
  measures: Record<string, unknown>[];
  figures: Record<string, unknown>[];
}

/** A figure id's part for a label or place that is not ASCII: the label's measure number. */
function slugPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The dataset id of an import: its own id, which is already a slug (`imp-…`). */
export function datasetIdOf(draft: ImportDraft): string {
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
  const declared = new Map<string, { id: string; name: { zh: string }; code?: string }>();
  const measures: Record<string, unknown>[] = [];
  const measureIds = new Map<string, string>();
  const taken = new Set<string>();
  const out: Record<string, unknown>[] = [];

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
      const known = isKnownUnitOfMeasure(f.unitId);
      measures.push({
        id: measureId,
        label: { zh: f.label || f.unit.zh },
        unit: f.unitId,
        ...(known
          ? {}
          : {
              unitLabel: { zh: f.unit.zh, en: f.unit.en },
              ...(f.unit.scale !== 1
                ? { scale: f.unit.scale, baseLabel: { zh: f.unit.baseZh || '个', en: f.unit.baseEn || 'count' } }
                : {}),
            }),
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
  }

  const title = draft.citation.title || draft.name;
  return {
    schemaVersion: 2,
    id: datasetIdOf(draft),
    version: draft.citation.date,
    source: {
      issuer: { zh: draft.citation.issuer },
      title: { zh: draft.citation.title },
      date: draft.citation.date,
      text: draft.text,
    },
    title: { zh: title },
    description: { zh: title },
    units: [...declared.values()],
    measures,
    figures: out,
  };
}
