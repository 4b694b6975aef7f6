import glossaryJson from '@fixtures/glossary.json';
import type { LocalizedText } from './dataset-schema';

/** A programme name or term of the document, explained from what the document says. */
export interface GlossaryTerm {
  id: string;
  term: LocalizedText;
  explanation: LocalizedText;
  quote: string;
}

/** The glossary (reference text, bundled: a page names its terms without a request). */
export const glossaryTerms: readonly GlossaryTerm[] = glossaryJson.terms;

const byId = new Map(glossaryTerms.map((t) => [t.id, t]));

/** The terms with these ids that exist, in the order given. */
export function findTerms(ids: readonly string[]): GlossaryTerm[] {
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The terms with these ids as links name them, in a language. */
export function termNames(ids: readonly string[], language: 'zh' | 'en'): { id: string; name: string }[] {
  return findTerms(ids).map((t) => ({ id: t.id, name: t.term[language] }));
}
