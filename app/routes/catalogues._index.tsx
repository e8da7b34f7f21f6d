import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { isStaff, isDepartmentUser } from "~/auth/permissions";
import { formatDateTime } from "~/components/catalogue-ui";
import { ExportLinks } from "~/components/export-links";
import { listCatalogues } from "~/models/catalogues/catalogue-status.server";
import styles from "~/styles/catalogues.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction = () => [
  { title: "信息公开目录 · 协商" },
  { tagName: "link", rel: "alternate", type: "application/rss+xml", title: "信息公开（全部目录）RSS", href: "/catalogues/feed.rss" },
  { tagName: "link", rel: "alternate", type: "application/atom+xml", title: "信息公开（全部目录）Atom", href: "/catalogues/feed.atom" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const catalogues = await listCatalogues();
  return json({
    catalogues: catalogues.map((c) => ({
      slug: c.slug,
      title: c.title,
      description: c.description,
      ownerName: c.ownerName,
      items: c.items,
      entries: c.entries,
      overdue: c.overdue,
      lastPublishedAt: c.lastPublishedAt?.toISOString() ?? null,
    })),
    isStaff: isStaff(user),
    isDepartment: isDepartmentUser(user),
  });
}

export default function Catalogues() {
  const { catalogues, isStaff, isDepartment } = useLoaderData<typeof loader>();
  const overdue = catalogues.reduce((n, c) => n + c.overdue, 0);
  return (
    <section aria-labelledby="cat-title">
      <h1 id="cat-title">信息公开目录</h1>
      <p className="lede">各单位依法主动公开的信息：每个公开事项的范围、依据、频次、时限和责任单位，以及按期发布的公开信息。对任何一条信息都可以提问或纠错。</p>
      <div className="list-header">
        <p className="count">
          共 {catalogues.length} 个目录{overdue ? `，其中 ${overdue} 个事项逾期未更新` : ""}
        </p>
        <p className="feed-links">
          订阅全部目录：<a href="/catalogues/feed.rss">RSS</a>
          <a href="/catalogues/feed.atom">Atom</a>
        </p>
      </div>
      <ExportLinks list="catalogues" keepFilters={false} />
      {isStaff || isDepartment ? (
        <p className="notice ok">
          {isStaff ? <Link to="/staff/catalogues">信息公开工作台</Link> : null}
          {isStaff && isDepartment ? " · " : null}
          {isDepartment ? <Link to="/department/catalogues">本单位公开事项</Link> : null}
        </p>
      ) : null}
      <ul className="doc-list">
        {catalogues.map((c) => (
          <li key={c.slug}>
            <h2>
              <Link to={`/catalogues/${c.slug}`}>{c.title}</Link>
            </h2>
            <p className="doc-meta">
              {c.ownerName} · {c.items} 个公开事项 · {c.entries} 条公开信息 · 最近更新 {formatDateTime(c.lastPublishedAt)}
              {c.overdue ? (
                <>
                  {" · "}
                  <span className="status-overdue">{c.overdue} 个事项逾期</span>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
