/**
 * Where in a file a validation issue is, as the build's messages name it: `figures[3].value`, or
 * `(root)`. Its own module (no zod), so the import page can name places without loading the schema.
 */
export function issuePath(path: readonly PropertyKey[]): string {
  const written = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  return written || '(root)';
}
