/** A file name that says what it holds: dataset, view, release date. */
export function exportFileName(parts: { datasetId: string; view: string; version: string; extension: string }): string {
  const clean = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}._-]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  return `${[parts.datasetId, parts.view, parts.version].map(clean).filter(Boolean).join('_')}.${parts.extension}`;
}
