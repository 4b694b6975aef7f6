/**
 * A document that failed its schema; the message names the document, the field path and the
 * problem. Kept free of zod so that code which only needs to recognise the error (retry rules,
 * error messages) does not pull the validator into the initial bundle.
 *
 * Imported by vite.config.ts (through the dataset schema), so relative imports keep their `.ts`.
 */
export class DatasetValidationError extends Error {
  override name = 'DatasetValidationError';
  readonly where: string;
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
  constructor(where: string, issues: DatasetValidationError['issues'], message: string) {
    super(message);
    this.where = where;
    this.issues = issues;
  }
}
