/**
 * The build's validator speaks to developers, in English, by JSON path. An import's reader gets
 * the problems an import can actually have in their own terms and language: which figure, what is
 * wrong, what to do. Anything else is passed on as the validator wrote it.
 */
import { issuePath } from '@/data/model/issue-path';
import type { DatasetFile } from './to-dataset';

/** One validation issue as the validator reports it (zod's issue, reduced to what is read here). */
export interface ValidatorIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

export type FileProblem =
  /** The source is not named: title, issuer or date is missing (the page says so above). */
  | { kind: 'citation' }
  | { kind: 'percent-over-100'; measure: string; value: number; decimals: number }
  | { kind: 'negative-count'; measure: string; value: number; decimals: number }
  | { kind: 'other'; text: string };

const CITATION_FIELDS = new Set<PropertyKey>(['source', 'title', 'description', 'version']);

export function fileProblems(file: DatasetFile, issues: readonly ValidatorIssue[]): FileProblem[] {
  const problems: FileProblem[] = [];
  let citation = false;
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    if (head !== undefined && CITATION_FIELDS.has(head)) {
      if (!citation) problems.push({ kind: 'citation' });
      citation = true;
      continue;
    }
    const figure = head === 'figures' && typeof index === 'number' ? file.figures[index] : undefined;
    const measure = figure && file.measures.find((m) => m.id === figure.measure);
    if (figure && measure && field === 'value' && issue.code === 'custom') {
      const named = { measure: measure.label.zh, value: figure.value, decimals: figure.decimals };
      if (measure.unit === 'percent' && figure.value > 100) {
        problems.push({ kind: 'percent-over-100', ...named });
        continue;
      }
      if (figure.value < 0 && !measure.signed) {
        problems.push({ kind: 'negative-count', ...named });
        continue;
      }
    }
    problems.push({ kind: 'other', text: `${issuePath(issue.path)}: ${issue.message}` });
  }
  return problems;
}
