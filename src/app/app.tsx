import {
  createContext,
  Suspense,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, matchRoute, useLocation, useRouter, useSearch } from 'wouter';
import { navigate, useLocationProperty } from 'wouter/use-browser-location';
import { LinkProvider, type KitLinkProps } from '@/components/link';
import { basePath, languageOfPath, stripLanguage } from '@/lib/paths';
import { formatterWarmUps } from '@/lib/format';
import { hasMessages, isLanguage, loadMessages, LOCALE_TAG } from '@/lib/i18n';
import { runWhenIdle } from '@/lib/next-task';
import { useLanguage } from '@/lib/use-language';
import { LanguageLink } from '@/features/preferences/components/language-link';
import { ThemeSelect } from '@/features/preferences/components/theme-select';
import { OfflineBanner } from '@/features/offline/components/offline-banner';
import { UpdatePrompt } from '@/features/offline/components/update-prompt';
import { FrameActionsProvider } from '@/frames/actions';
import { renderFrameActions } from './frame-actions';
import { NotFoundPage } from './not-found';
import { routes } from './routes';

/** The kit's links are the router's: client-side navigation under the language prefix. */
const routerLink = ({ href, children, ...rest }: KitLinkProps) => (
  <Link href={href} {...rest}>
    {children}
  </Link>
);

function SiteHeader() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const search = useSearch();
  const { base } = useRouter();
  return (
    <header className="site-header">
      <p className="site-title">{t('app.title')}</p>
      <nav className="site-prefs" aria-label={t('prefs.label')}>
        <ThemeSelect />
        <LanguageLink pathname={`${base}${location}`} search={search ? `?${search}` : ''} />
      </nav>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <ul>
          {routes.map(
            (r) =>
              r.nav && (
                <li key={r.pattern}>
                  <Link href={r.pattern} aria-current={location === r.pattern ? 'page' : undefined}>
                    {t(`nav.${r.nav}`)}
                  </Link>
                </li>
              ),
          )}
        </ul>
      </nav>
    </header>
  );
}

/**
 * boot.js hides the prerendered default view while a view chosen in the URL is drawn; this sits
 * inside the page's Suspense boundary, so it shows the page only once the real content is there.
 */
function RevealPage() {
  useLayoutEffect(() => document.documentElement.removeAttribute('data-client-view'), []);
  return null;
}

/**
 * Marks the document once the app runs in the browser: controls that need script (downloads,
 * copy buttons) stay hidden in prerendered HTML until then, and tests wait for it. Then, while the
 * page is idle, builds the formatters the reader's next page or language will need.
 */
function MarkInteractive() {
  const language = useLanguage();
  useEffect(() => {
    document.documentElement.setAttribute('data-interactive', '');
    runWhenIdle(formatterWarmUps(language));
  }, [language]);
  return null;
}

/**
 * A link to an anchor on another page (a frame, an audit row) lands on it: the browser scrolls to
 * an anchor only on a full load, and the element may render only once its data is there. So after
 * each change of page the anchor is looked for on every frame for a few seconds, then scrolled to.
 */
function ScrollToAnchor() {
  const path = useContext(ShownPath);
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const until = performance.now() + 5000;
    let frame = 0;
    const look = () => {
      const target = document.getElementById(id);
      if (target) target.scrollIntoView({ block: 'start' });
      else if (performance.now() < until) frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [path]);
  return null;
}

/**
 * The interface speaks the language of the page on screen, i.e. of its path prefix: the language
 * link is a navigation to the same page under the other prefix (src/features/preferences), and
 * Back goes back to the first language. The switch happens in a layout effect, so the page is
 * re-rendered in the new language before the browser paints it under the new address; the
 * document's `lang` and title follow.
 */
function PageLanguage() {
  const path = useContext(ShownPath);
  const { i18n } = useTranslation();
  const wanted = languageOfPath(path);
  useLayoutEffect(() => {
    // Not for a language the path cannot name (the pseudo-locale of the message-file test).
    if (i18n.language === wanted || !isLanguage(i18n.language)) return;
    if (hasMessages(i18n, wanted)) {
      void i18n.changeLanguage(wanted); // synchronous once the messages are there
      return;
    }
    // Only reached through history to a language never loaded here: load it, or let the server
    // send that page if its messages cannot load (offline without them).
    let current = true;
    loadMessages(i18n, wanted).then(
      () => current && void i18n.changeLanguage(wanted),
      () => current && window.location.reload(),
    );
    return () => {
      current = false;
    };
  }, [i18n, wanted]);
  const language = useLanguage();
  // Each page sets its own title and description (usePageMeta), in the language on screen.
  useLayoutEffect(() => {
    document.documentElement.lang = LOCALE_TAG[language];
  }, [language]);
  return null;
}

/** The site's header around a page, or nothing around it for bare pages (embeds, slides). */
function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const { parser } = useRouter();
  const busy = useContext(ShownBusy);
  const bare = routes.some((r) => r.chrome === 'bare' && matchRoute(parser, r.pattern, location)[0]);
  if (bare)
    return (
      <main id="main" className="site-main site-main--bare" aria-busy={busy || undefined}>
        {children}
      </main>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="site-main" aria-busy={busy || undefined}>
        <p className="tagline">{t('app.tagline')}</p>
        {children}
      </main>
    </>
  );
}

/**
 * The location the page on screen is rendered for: its absolute path, and its search (without
 * `?`) apart, so that a change of view (the search) re-renders only what reads the search, not
 * every link; and whether the next page is still getting ready, apart again, so that marking the
 * page busy re-renders only the <main> that shows it, not the page being left.
 */
const ShownPath = createContext('/');
const ShownSearch = createContext('');
const ShownBusy = createContext(false);
const useShownLocation = (): [string, typeof navigate] => [useContext(ShownPath), navigate];
const useShownSearch = () => useContext(ShownSearch);
const pathOf = (href: string) => href.slice(0, href.indexOf('?'));

/**
 * Renders its children (the shell and the page) for the location on screen. A page's code loads
 * on its first visit, so a new page rendered at once would suspend: React would show the loading
 * fallback and then hold it for at least 300 ms (its throttle on revealing suspended content),
 * although the chunk arrives in tens of ms; and the page being left would first re-render for
 * the new URL (its frames falling back to their default views) just before it goes. So the page
 * renders inside a router of its own that reads a deferred location: the current page stays as it
 * is, marked busy, until the next one is ready. A change of view on the same page (its query) is
 * shown at once.
 */
function ShownPage({ children }: { children: ReactNode }) {
  const { base } = useRouter();
  const [location] = useLocation();
  const search = useSearch();
  const live = `${base}${location}?${search}`;
  const deferred = useDeferredValue(live);
  // The same page in the other language needs no new code either: it is shown at once too.
  const samePage = stripLanguage(pathOf(deferred)) === stripLanguage(pathOf(live));
  const shown = samePage ? live : deferred;
  const busy = shown !== live;
  const path = pathOf(shown);
  // `children` is the same element on every render, so only what reads a changed value re-renders.
  return (
    <ShownPath.Provider value={path}>
      <ShownSearch.Provider value={shown.slice(shown.indexOf('?') + 1)}>
        <ShownBusy.Provider value={busy}>
          <Router base={basePath(path)} hook={useShownLocation} searchHook={useShownSearch}>
            {children}
          </Router>
        </ShownBusy.Provider>
      </ShownSearch.Provider>
    </ShownPath.Provider>
  );
}

/**
 * The page shell and routes. `path` (with a query, if any) is given when prerendering; in the
 * browser wouter reads the address.
 */
export function App({ path }: { path?: string }) {
  const { t } = useTranslation();
  // The base follows the address: switching language changes the prefix without leaving the app.
  // Only the base is read, so a change of page (or view) does not re-render the App.
  const pathname = () => (path !== undefined ? (path.split('?')[0] ?? path) : window.location.pathname);
  const base = useLocationProperty(
    () => basePath(pathname()),
    () => basePath(pathname()),
  );
  return (
    <Router base={base} {...(path !== undefined ? { ssrPath: path } : {})}>
      <LinkProvider value={routerLink}>
        <FrameActionsProvider value={renderFrameActions}>
          <OfflineBanner />
          <ShownPage>
            <PageLanguage />
            <Shell>
              {/* Prerendered pages hydrate around this boundary while the page's chunk loads. */}
              <Suspense
                fallback={
                  <p role="status" className="page-loading">
                    {t('app.pageLoading')}
                  </p>
                }
              >
                <Switch>
                  {routes.map((r) => (
                    <Route key={r.pattern} path={r.pattern} component={r.component} />
                  ))}
                  <Route component={NotFoundPage} />
                </Switch>
                <RevealPage />
                <MarkInteractive />
                <ScrollToAnchor />
              </Suspense>
            </Shell>
          </ShownPage>
          <UpdatePrompt />
        </FrameActionsProvider>
      </LinkProvider>
    </Router>
  );
}
