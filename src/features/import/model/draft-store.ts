/**
 * Imports kept on this device (localStorage), never sent anywhere. Writes say whether they were
 * kept: a full or blocked storage is told to the reader, and the work stays in memory. Another
 * tab's changes arrive through the `storage` event, so two tabs never overwrite each other
 * unseen: the page shows the newer draft and says so.
 */
import { localStore, subscribeStoredKey } from '@/lib/local-store';
import { isCitation, type ImportDraft } from './draft';
import { isTableDraft, type TableDraft } from './table/table-draft';

/** What the device keeps: document imports and table imports, side by side. */
export type StoredDraft = ImportDraft | TableDraft;

export const IMPORTS_STORAGE_KEY = 'pgd.imports';
const CHANGE_EVENT = 'pgd:imports';

export type SaveResult = 'saved' | 'full' | 'unavailable';

function isDocumentDraft(value: unknown): value is ImportDraft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  if (d.kind !== undefined && d.kind !== 'document') return false;
  return (
    typeof d.id === 'string' &&
    typeof d.name === 'string' &&
    typeof d.text === 'string' &&
    typeof d.createdAt === 'string' &&
    typeof d.updatedAt === 'string' &&
    isCitation(d.citation) &&
    !!d.review &&
    typeof d.review === 'object'
  );
}

const isDraft = (value: unknown): value is StoredDraft => isDocumentDraft(value) || isTableDraft(value);

let cachedText: string | null | undefined;
let cachedDrafts: readonly StoredDraft[] = [];

/** The kept imports, newest first. Unreadable entries are skipped, never thrown. */
export function readDrafts(): readonly StoredDraft[] {
  let text: string | null = null;
  try {
    text = localStore()?.getItem(IMPORTS_STORAGE_KEY) ?? null;
  } catch {
    text = null;
  }
  if (text === cachedText) return cachedDrafts;
  cachedText = text;
  let parsed: unknown = [];
  try {
    parsed = text ? JSON.parse(text) : [];
  } catch {
    parsed = [];
  }
  cachedDrafts = (Array.isArray(parsed) ? parsed.filter(isDraft) : []).sort((a, b) =>
    b.updatedAt.localeCompare(a.updatedAt),
  );
  return cachedDrafts;
}

function write(drafts: readonly StoredDraft[]): SaveResult {
  const store = localStore();
  if (!store) return 'unavailable';
  try {
    store.setItem(IMPORTS_STORAGE_KEY, JSON.stringify(drafts));
  } catch (error) {
    return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable';
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return 'saved';
}

/** Keeps a draft (replacing the one with its id). */
export function saveDraft(draft: StoredDraft): SaveResult {
  return write([draft, ...readDrafts().filter((d) => d.id !== draft.id)]);
}

export function deleteDraft(id: string): SaveResult {
  return write(readDrafts().filter((d) => d.id !== id));
}

/** Adds drafts from an exported file, keeping the newer of two with the same id. */
export function mergeDrafts(incoming: readonly unknown[]): { result: SaveResult; added: number; skipped: number } {
  const valid = incoming.filter(isDraft);
  const byId = new Map(readDrafts().map((d) => [d.id, d]));
  let added = 0;
  for (const d of valid) {
    const existing = byId.get(d.id);
    if (!existing || existing.updatedAt < d.updatedAt) {
      byId.set(d.id, d);
      added += 1;
    }
  }
  return { result: write([...byId.values()]), added, skipped: incoming.length - valid.length };
}

/** Calls back when the kept imports change, here or in another tab. */
export function subscribeDrafts(callback: () => void): () => void {
  return subscribeStoredKey(IMPORTS_STORAGE_KEY, CHANGE_EVENT, callback);
}
