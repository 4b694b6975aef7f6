import type { Source } from '@/features/datasets/model/dataset-schema';

/** Section ids in document order ("1.1" before "1.10"), without repeats. */
export function uniqueSections(sections: readonly string[]): string[] {
  return [...new Set(sections)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

export interface CitationParts {
  issuer: string;
  title: string;
  date: string;
  sections: string;
}

/** The parts of a one-line citation of a source in one language (the sentence itself is a translation). */
export function citationParts(
  source: Source,
  language: 'zh' | 'en',
  sections: readonly string[],
  formatDate: (iso: string) => string,
  formatSections: (list: readonly string[]) => string,
): CitationParts {
  return {
    issuer: source.issuer[language],
    title: source.title[language],
    date: formatDate(source.date),
    sections: formatSections(uniqueSections(sections)),
  };
}
