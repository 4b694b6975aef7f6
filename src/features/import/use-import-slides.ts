import { useQuery } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrameModel } from '@/components/model/frame-model';
import { nbsChinaQueryOptions } from '@/data/api/get-nbs-china';
import { adminUnits } from '@/data/model/units';
import { useLanguage } from '@/lib/use-language';
import { useCheckedFile } from './components/import-output';
import { reviewedFigures } from './model/draft';
import { readDrafts, subscribeDrafts, type StoredDraft } from './model/draft-store';
import { importFrames } from './model/import-frames';
import { placesOf } from './model/places';
import { buildRegionIndex } from './model/table/regions';
import { buildTableImport } from './model/table/table-import';
import { toDatasetFile } from './model/to-dataset';

const places = placesOf(adminUnits);
const NO_DRAFTS: readonly StoredDraft[] = [];

export type ImportSlides =
  | { status: 'loading' }
  /** No import of that id on this device (another device's link, or deleted). */
  | { status: 'missing' }
  /** The import's charts, as its page draws them: none until its file validates. */
  | { status: 'ready'; name: string; models: readonly FrameModel[] };

/**
 * An import kept on this device, as the charts its page draws: the same dataset file, validated by
 * the build's schema, drawn by the same frame models. For its slide show.
 */
export function useImportSlides(id: string | null): ImportSlides {
  const { t } = useTranslation();
  const language = useLanguage();
  const drafts = useSyncExternalStore(subscribeDrafts, readDrafts, () => NO_DRAFTS);
  const draft = drafts.find((d) => d.id === id);
  const isTable = draft?.kind === 'table';
  const china = useQuery({ ...nbsChinaQueryOptions(), enabled: isTable });
  const index = useMemo(() => (china.data ? buildRegionIndex(china.data) : null), [china.data]);
  // A table waits for the division codes (or their failure: its places then match by name only).
  const waiting = isTable && china.isPending;
  const file = useMemo(() => {
    if (!draft || waiting) return null;
    if (draft.kind === 'table')
      return draft.table.grid.length > 0 ? buildTableImport(draft, index, adminUnits).file : null;
    const figures = reviewedFigures(draft, places);
    return figures.some((f) => f.decision === 'accepted') ? toDatasetFile(draft, figures, adminUnits) : null;
  }, [draft, waiting, index]);
  const checked = useCheckedFile(file);
  const models = useMemo(
    () => (checked?.dataset ? importFrames(checked.dataset, { language, t }) : []),
    [checked, language, t],
  );
  if (!draft) return { status: drafts === NO_DRAFTS ? 'loading' : 'missing' };
  if (waiting || (file !== null && checked?.file !== file)) return { status: 'loading' };
  return { status: 'ready', name: draft.name || draft.citation.title, models };
}
