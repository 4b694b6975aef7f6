import { useState, type ReactNode } from 'react';
import { Router, useLocation, useRouter } from 'wouter';

type Navigate = (to: string, options?: { replace?: boolean }) => void;

/**
 * Renders its children as if the page's query were `query`: a slide's frame reads its view
 * (table, sort, layout, measure) from here, not from the presenter's URL. A frame that changes its
 * own view changes it for this slide only; a link to another page navigates for real.
 */
export function SlideView({ query, children }: { query: string; children: ReactNode }) {
  const { base } = useRouter();
  const [location, navigate] = useLocation();
  const [override, setOverride] = useState<string | null>(null);
  const here = `${base}${location}`;
  const hook = (): [string, Navigate] => [
    here,
    (to, options) => {
      const [path = '', search = ''] = to.split('?');
      if (path === here) setOverride(search);
      else navigate(`~${to}`, options);
    },
  ];
  return (
    <Router base={base} hook={hook} searchHook={() => override ?? query}>
      {children}
    </Router>
  );
}
