/* eslint-disable no-restricted-imports -- this is the one module allowed to wrap Testing Library */
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { App } from '@/app/app';
import { AppProvider } from '@/app/provider';
import { languageOfPath } from '@/lib/paths';
import type { i18n as I18n } from 'i18next';
import { createI18n, loadLanguage, type Language } from '@/lib/i18n';
import { createQueryClient, queryConfig } from '@/lib/query-client';

export * from '@testing-library/react';
export { userEvent };

/** A fresh client per test with retries off, so failures show at once. */
export function createTestQueryClient() {
  return createQueryClient({ defaultOptions: { queries: { ...queryConfig.defaultOptions.queries, retry: false } } });
}

async function providers(language: Language) {
  const i18n = createI18n();
  await loadLanguage(i18n, language);
  return { i18n, queryClient: createTestQueryClient() };
}

/** Renders the whole app at a URL (path and query), as a user would open it (jsdom's history). */
export async function renderApp(url = '/'): Promise<RenderResult> {
  window.history.replaceState(null, '', url);
  const { i18n, queryClient } = await providers(languageOfPath(window.location.pathname));
  return render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <App />
    </AppProvider>,
  );
}

/** Renders one component with the app's providers (optionally with a given i18n instance). */
export async function renderWithProviders(
  ui: ReactElement,
  i18nOrLanguage: I18n | Language = 'zh',
): Promise<RenderResult> {
  const { i18n, queryClient } =
    typeof i18nOrLanguage === 'string'
      ? await providers(i18nOrLanguage)
      : { i18n: i18nOrLanguage, queryClient: createTestQueryClient() };
  return render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      {ui}
    </AppProvider>,
  );
}
