import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { isStaff } from "~/auth/permissions";
import { formatDateTime, ItemStatusBadge } from "~/components/catalogue-ui";
import { ExportLinks } from "~/components/export-links";
import { getCatalogueBySlug } from "~/models/catalogues/catalogues.server";
import { itemStatuses } from "~/models/catalogues/catalogue-status.server";
import { listItems } from "~/models/catalogues/catalogue-items.server";
import { timeLimitText } from "~/models/catalogues/disclosure-schedule";
import styles from "~/styles/catalogues.css";
import { MODE_LABELS, formatDay, frequencyText } from "~/models/catalogues/catalogue-labels";
import { notFound } from "~/utils/responses";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.catalogue.title} · 信息公开 · 协商` },
        { tagName: "link", rel: "alternate", type: "application/rss+xml", title: `${data.catalogue.title} RSS`, href: `/catalogues/${data.catalogue.slug}/feed.rss` },
        { tagName: "link", rel: "alternate", type: "application/atom+xml", title: `${data.catalogue.title} Atom`, href: `/catalogues/${data.catalogue.slug}/feed.atom` },
      ]
    : [{ title: "信息公开目录 · 协商" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const staffView = isStaff(user);
  const catalogue = await getCatalogueBySlug(params.slug ?? "");
  if (!catalogue || (!catalogue.active && !staffView)) throw notFound();
  const [items, statuses] = await Promise.all([listItems(catalogue.id), itemStatuses({ catalogueIds: [catalogue.id] })]);
  const byId = new Map(statuses.map((s) => [s.itemId, s]));
  return json({
    catalogue: { id: catalogue.id, slug: catalogue.slug, title: catalogue.title, description: catalogue.description, ownerName: catalogue.ownerName, active: catalogue.active },
    isStaff: staffView,
    items: items.map(({ item }) => {
      const s = byId.get(item.id)!;
      return {
        id: item.id,
        title: item.title,
        frequency: frequencyText(item.frequency, item.frequencyDays),
        timeLimit: timeLimitText(item),
        mode: MODE_LABELS[item.mode],
        responsibleName: s.responsibleName,
        lastPublishedAt: s.lastPublishedAt?.toISOString() ?? null,
        publishedCount: s.publishedCount,
        status: { active: s.active, mode: item.mode, ...s.status },
        missing: s.status.missing.map((p) => p.label),
      };
    }),
  });
}

export default function CataloguePage() {
  const { catalogue, items, isStaff } = useLoaderData<typeof loader>();
  const overdue = items.filter((i) => i.status.overdue).length;
  return (
    <article aria-labelledby="c-title">
      <p>
        <Link to="/catalogues">信息公开目录</Link>
      </p>
      <h1 id="c-title">{catalogue.title}</h1>
      {!catalogue.active ? <p className="notice">该目录已停用，仅工作人员可见。</p> : null}
      <p className="doc-meta">编制单位：{catalogue.ownerName}</p>
      {catalogue.description ? <p>{catalogue.description}</p> : null}
      <div className="list-header">
        <p className="count">
          共 {items.length} 个公开事项{overdue ? <span className="status-overdue">，{overdue} 个逾期未更新</span> : "，均按时更新"}
        </p>
        <p className="feed-links">
          <a href={`/catalogues/${catalogue.slug}/feed.rss`}>RSS 订阅</a>
          <a href={`/catalogues/${catalogue.slug}/feed.atom`}>Atom 订阅</a>
          {isStaff ? <Link to={`/staff/catalogues/${catalogue.id}`}>管理此目录</Link> : null}
        </p>
      </div>
      {catalogue.active ? <ExportLinks list="catalogue-items" params={{ catalogue: catalogue.slug }} keepFilters={false} label="导出公开事项" /> : null}
      <div className="table-scroll">
        <table>
          <caption>公开事项（按目录顺序）</caption>
          <thead>
            <tr>
              <th scope="col">公开事项</th>
              <th scope="col">公开频次</th>
              <th scope="col">公开时限</th>
              <th scope="col">责任单位</th>
              <th scope="col">最近更新</th>
              <th scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>
                  <Link to={`/catalogues/${catalogue.slug}/items/${i.id}`}>{i.title}</Link>
                  <br />
                  <small className="status-muted">
                    {i.mode} · {i.publishedCount} 条
                  </small>
                </td>
                <td>{i.frequency}</td>
                <td>{i.timeLimit}</td>
                <td>{i.responsibleName ?? "—"}</td>
                <td>{formatDateTime(i.lastPublishedAt)}</td>
                <td>
                  <ItemStatusBadge status={i.status} />
                  {i.status.overdue ? (
                    <>
                      <br />
                      <small>
                        {i.missing.length
                          ? `未公开：${i.missing.slice(-3).join("、")}${i.missing.length > 3 ? ` 等 ${i.missing.length} 期` : ""}`
                          : "有事项超过期限未公开"}
                        ；期限 {formatDay(i.status.dueDate)}
                      </small>
                    </>
                  ) : i.status.dueDate ? (
                    <>
                      <br />
                      <small>下次期限 {formatDay(i.status.dueDate)}</small>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
