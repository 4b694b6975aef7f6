/** A part of a file name: letters of any script, digits, ".", "_" and "-"; anything else becomes one "-". */
const clean = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The one way a file the app writes is named: its parts cleaned and joined with "_". No spaces,
 * so no doubled ones, and nothing a file system rejects.
 */
export function fileName(parts: readonly string[], extension: string): string {
  return `${parts.map(clean).filter(Boolean).join('_') || 'download'}.${extension}`;
}

/** A download's name says what it holds: dataset, view, release date. */
export function exportFileName(parts: { datasetId: string; view: string; version: string; extension: string }): string {
  return fileName([parts.datasetId, parts.view, parts.version], parts.extension);
}
