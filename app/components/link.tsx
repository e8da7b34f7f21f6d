import { Link as RemixLink, useNavigate, type LinkProps } from "@remix-run/react";
import { createContext, useContext, type MouseEvent, type ReactNode } from "react";

/**
 * The site's link. A plain link to an absolute path ("/proposals/…") renders the
 * same `<a data-discover href>` as Remix's `<Link>`, and a click navigates on
 * the client through one `navigate` the layout provides. Why: Remix's `<Link>`
 * resolves its path three times on every render (two `useHref`s and the click
 * handler's `useResolvedPath`, each serialising the matched routes to JSON), which
 * was about a tenth of the server's CPU on a workbench of 70 links
 * (docs/decisions/014). Anything else (relative paths, `?…`, `#…`, objects,
 * prefetch, replace, reloadDocument, state …) goes to Remix's `<Link>` unchanged.
 */
const NavigateContext = createContext<ReturnType<typeof useNavigate> | null>(null);

export function NavigateProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  return <NavigateContext.Provider value={navigate}>{children}</NavigateContext.Provider>;
}

export function Link(props: LinkProps) {
  const navigate = useContext(NavigateContext);
  const { to, onClick, target, children, prefetch, replace, reloadDocument, state, preventScrollReset, relative, discover, ...rest } = props;
  const plain = prefetch === undefined && replace === undefined && reloadDocument === undefined && state === undefined && preventScrollReset === undefined && relative === undefined && discover === undefined;
  if (!navigate || !plain || typeof to !== "string" || to[0] !== "/" || to[1] === "/") return <RemixLink {...props} />;
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // The same test as react-router's useLinkClickHandler: a plain left click on a
    // link that opens here; anything else is the browser's.
    if (event.defaultPrevented || event.button !== 0 || (target && target !== "_self")) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a {...rest} data-discover="true" href={to} target={target} onClick={click}>
      {children}
    </a>
  );
}
