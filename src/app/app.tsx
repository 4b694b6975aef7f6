import { useTranslation } from 'react-i18next';
import { Route, Router, Switch, useLocation, useRouter, useSearch } from 'wouter';
import { basePath } from '@/config/paths';
import { LanguageLink } from '@/features/preferences/components/language-link';
import { ThemeSelect } from '@/features/preferences/components/theme-select';
import { routes } from './routes';
import { NotFoundRoute } from './routes/not-found';

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
    </header>
  );
}

/** The page shell and routes. `path` is given when prerendering; in the browser wouter reads it. */
export function App({ path }: { path?: string }) {
  const { t } = useTranslation();
  const pathname = path ?? (typeof window === 'undefined' ? '/' : window.location.pathname);
  return (
    <Router base={basePath(pathname)} {...(path !== undefined ? { ssrPath: path } : {})}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      <main id="main" className="site-main">
        <p className="tagline">{t('app.tagline')}</p>
        <Switch>
          {routes.map((r) => (
            <Route key={r.pattern} path={r.pattern} component={r.component} />
          ))}
          <Route component={NotFoundRoute} />
        </Switch>
      </main>
    </Router>
  );
}
