import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Links, Meta, NavLink, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { Link, NavigateProvider } from "~/components/link";
import type { ReactNode } from "react";
import { getOptionalUser } from "./auth/auth.server";
import { navigationFor, todoHomeFor } from "./utils/navigation";
import { useNonce } from "./utils/nonce";
import { largeTextOf, scriptOf } from "./utils/script.server";
import stylesUrl from "./styles/app.css";
import searchStylesUrl from "./styles/search.css";
import { SiteSearch } from "./components/site-search";
import { canonicalUrl } from "./utils/canonical";
import { feedLinks } from "./utils/feeds";
import { publicOrigin } from "./utils/public-origin.server";
import { NAME_TOKEN, TODOS_TOKEN, UNREAD_TOKEN } from "./utils/shared-pages.server";
import { CountBadge } from "./components/count-badge";
import { pageData } from "./utils/page-data.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "stylesheet", href: searchStylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "协商 · 政协提案与协商成果公开平台" },
  { name: "description", content: "政协调研报告、党派与委员提案的建议逐条交办、办理、答复与评价，全程公开。" },
  ...feedLinks("documents"),
  ...feedLinks("replies"),
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  return pageData(context, {
    // Only what the header shows. A public page rendered for every reader with
    // these roles carries a placeholder for the name (app/utils/shared-pages.server.ts).
    user: user && {
      displayName: context?.sharedRender ? NAME_TOKEN : user.displayName,
      roles: user.roles,
      // The header badge (待办 and unread 消息), read with the session in one round trip.
      // A shared render serves every reader with these roles: placeholders, filled in per reader.
      todos: context?.sharedRender ? TODOS_TOKEN : user.todos,
      unread: context?.sharedRender ? UNREAD_TOKEN : user.unread,
    },
    script: scriptOf(request),
    largeText: largeTextOf(request),
    origin: publicOrigin(request),
  });
}

export type RootData = Awaited<ReturnType<typeof loader>> extends infer R ? (R extends { json(): Promise<infer D> } ? D : never) : never;

function DisplaySwitches({ script, largeText }: { script: "hans" | "hant"; largeText: boolean }) {
  const location = useLocation();
  const back = location.pathname + location.search;
  return (
    <div className="display-switches">
      <Form method="post" action="/settings/display" reloadDocument>
        <input type="hidden" name="redirectTo" value={back} />
        <input type="hidden" name="script" value={script === "hant" ? "hans" : "hant"} />
        <button type="submit" className="link-button" lang={script === "hant" ? "zh-Hans" : "zh-Hant"}>
          <span className="keep-script">{script === "hant" ? "简体" : "繁體"}</span>
        </button>
      </Form>
      <Form method="post" action="/settings/display" reloadDocument>
        <input type="hidden" name="redirectTo" value={back} />
        <input type="hidden" name="size" value={largeText ? "normal" : "large"} />
        <button type="submit" className="link-button" aria-pressed={largeText}>
          {largeText ? "标准字号" : "大字号"}
        </button>
      </Form>
    </div>
  );
}

/** 待办 (links to the user's workbench) and 消息, each with its count when there is one. */
function HeaderBadges({ user }: { user: NonNullable<RootData["user"]> }) {
  const workbench = todoHomeFor(user.roles);
  return (
    <>
      {workbench ? (
        <Link to={workbench} className="header-todos">
          待办
          <CountBadge n={user.todos} kind="todos" />
        </Link>
      ) : null}
      <Link to="/notifications" className="header-unread">
        消息
        <CountBadge n={user.unread} kind="unread" />
      </Link>
    </>
  );
}

function SiteHeader({ data }: { data: RootData | undefined }) {
  const user = data?.user ?? null;
  const items = navigationFor(user?.roles ?? []);
  return (
    <header className="site-header" role="banner">
      <div className="container header-top">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            协
          </span>
          <span>
            <strong>协商</strong>
            <small>政协提案与协商成果公开平台</small>
          </span>
        </Link>
        <SiteSearch />
        <div className="header-tools">
          <DisplaySwitches script={data?.script ?? "hans"} largeText={data?.largeText ?? false} />
          {user ? (
            <div className="account">
              <Link to="/account">{user.displayName}</Link>
              <HeaderBadges user={user} />
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  退出登录
                </button>
              </Form>
            </div>
          ) : (
            <div className="account">
              <Link to="/login">登录</Link>
              <Link to="/register">注册</Link>
            </div>
          )}
        </div>
      </div>
      <nav className="site-nav" aria-label="主导航">
        <ul className="container">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === "/"}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root") as RootData | undefined;
  const nonce = useNonce();
  const script = data?.script ?? "hans";
  const location = useLocation();
  const canonical = data?.origin ? canonicalUrl(data.origin, location.pathname, location.search) : null;
  return (
    <html lang={script === "hant" ? "zh-Hant" : "zh-Hans"} className={data?.largeText ? "large-text" : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {canonical ? <link rel="canonical" href={canonical} /> : null}
      </head>
      <body>
        <NavigateProvider>
          <a className="skip-link" href="#main">
            跳到主要内容
          </a>
          <SiteHeader data={data} />
          <main id="main" className="container main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer" role="contentinfo">
            <div className="container">
              <p>协商 · 政协提案与协商成果公开平台 —— 建议逐条交办，办理全程公开。</p>
              <p>
                <Link to="/departments">承办单位名录</Link> · <Link to="/organisations">党派团体</Link> ·{" "}
                <a href="/healthz">运行状态</a>
              </p>
              <p>
                开放数据：<a href="/documents/feed.atom">新文件订阅</a> · <a href="/replies/feed.atom">答复订阅</a> ·{" "}
                <a href="/catalogues/feed.atom">信息公开订阅</a> · <a href="/sitemap.xml">网站地图</a>
              </p>
            </div>
          </footer>
          {/* Traditional pages are converted on the server after rendering, so the
              browser's React (which renders Simplified) must not hydrate them:
              they are served as plain HTML pages, which work without JavaScript. */}
          {script === "hant" ? null : (
            <>
              <ScrollRestoration nonce={nonce} />
              <Scripts nonce={nonce} />
            </>
          )}
        </NavigateProvider>
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

const ERROR_TEXT: Record<number, { title: string; body: string }> = {
  400: { title: "请求有误", body: "提交的内容无法处理，请检查后重试。" },
  403: { title: "没有访问权限", body: "您的账号没有访问此页面的权限。如需开通，请联系管理员。" },
  404: { title: "页面不存在", body: "您访问的页面不存在或已被移除。" },
  405: { title: "不支持的操作", body: "此页面不支持该请求方式。" },
  409: { title: "操作冲突", body: "内容已被他人修改，请刷新后重试。" },
  429: { title: "请求过于频繁", body: "请稍后再试。" },
};

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const text = ERROR_TEXT[status] ?? { title: "服务器出错了", body: "页面暂时无法显示，我们已记录此问题，请稍后再试。" };
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-code">{status}</p>
      <h1 id="error-title">{text.title}</h1>
      <p>{text.body}</p>
      <p>
        <Link to="/">返回首页</Link>
      </p>
    </section>
  );
}
