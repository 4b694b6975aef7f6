import { useTranslation } from 'react-i18next';
import { Route, Router, Switch } from 'wouter';
import { languageOfPath, paths, switchLanguagePath } from '@/config/paths';
import { NotFoundRoute } from './routes/not-found';
import { routes } from './routes';

/** The page shell and routes. `path` is given when prerendering; in the browser wouter reads it. */
export function App({ path }: { path?: string }) {
  const { t } = useTranslation();
  const pathname = path ?? (typeof window === 'undefined' ? '/' : window.location.pathname);
  const language = languageOfPath(pathname);
  const other = language === 'zh' ? 'en' : 'zh';
  return (
    <Router base={paths.languagePrefix(language)} {...(path !== undefined ? { ssrPath: path } : {})}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="site-title">{t('app.title')}</p>
        <nav aria-label={t('app.language')}>
          <a
            href={switchLanguagePath(pathname, other)}
            hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
            lang={other === 'zh' ? 'zh-CN' : 'en'}
          >
            {t('app.switchTo')}
          </a>
        </nav>
      </header>
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
