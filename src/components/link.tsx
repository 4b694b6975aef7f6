import { createContext, useContext, type ReactNode } from 'react';

export interface KitLinkProps {
  /** A path without the language prefix (from `paths`). */
  href: string;
  className?: string;
  children: ReactNode;
  'aria-label'?: string;
  'aria-current'?: 'page';
}

/**
 * How the kit makes a link. The kit never reads the router; the app provides its router's link
 * (client-side navigation under the language prefix). Without a provider, a plain anchor.
 */
const LinkContext = createContext<(props: KitLinkProps) => ReactNode>(({ href, children, ...rest }) => (
  <a href={href} {...rest}>
    {children}
  </a>
));

export const LinkProvider = LinkContext.Provider;

/** A link to a page of the dashboard. */
export function KitLink(props: KitLinkProps) {
  const render = useContext(LinkContext);
  return render(props);
}
