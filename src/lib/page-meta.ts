import { createContext, useContext, useEffect } from 'react';
import type { Translate } from './i18n';

/** What a page says about itself in the document's head: its title and description. */
export interface PageMeta {
  title: string;
  description: string;
}

/** While prerendering: receives each page's meta as it renders (the browser has none). */
const PageMetaContext = createContext<((meta: PageMeta) => void) | null>(null);

export const PageMetaProvider = PageMetaContext.Provider;

function setMeta(selector: string, content: string) {
  document.querySelector(selector)?.setAttribute('content', content);
}

/**
 * A page names itself, in the reader's language: the prerenderer writes the title, description
 * and Open Graph tags into the page's HTML, and the browser updates them when the page (or its
 * language) changes in place, so tabs, bookmarks and shared links tell pages apart.
 */
export function usePageMeta(meta: PageMeta): void {
  const collect = useContext(PageMetaContext);
  collect?.(meta);
  const { title, description } = meta;
  useEffect(() => {
    document.title = title;
    setMeta('meta[name="description"]', description);
    setMeta('meta[property="og:title"]', title);
    setMeta('meta[property="og:description"]', description);
  }, [title, description]);
}

/** A page's meta: its name before the site's, and its own description. */
export function pageMeta(t: Translate, page: string, description: string): PageMeta {
  return { title: t('meta.pageTitle', { page }), description };
}
