import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { isStaff } from "~/auth/permissions";
import { EntryStatusBadge, Facts, formatDateTime, ItemStatusBadge } from "~/components/catalogue-ui";
import { ExportLinks } from "~/components/export-links";
import { listItemEntries } from "~/models/catalogues/catalogue-entry-queries.server";
import { creationRefusal } from "~/models/catalogues/catalogue-entries.server";
import { getItem } from "~/models/catalogues/catalogue-items.server";
import { itemStatuses } from "~/models/catalogues/catalogue-status.server";
import { timeLimitText } from "~/models/catalogues/disclosure-schedule";
import styles from "~/styles/catalogues.css";
import { MODE_LABELS, SOURCE_LABELS, formatDay, formatPeriod, frequencyText } from "~/models/catalogues/catalogue-labels";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.item.title ?? "公开事项"} · 信息公开 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const found = await getItem(parseId(params.itemId));
  if (!found || found.catalogue.slug !== params.slug) throw notFound();
  const { item, catalogue, responsibility } = found;
  const staffView = isStaff(user);
  if (!catalogue.active && !staffView) throw notFound();
  const [entries, [status]] = await Promise.all([listItemEntries(item.id, user, responsibility), itemStatuses({ itemIds: [item.id] })]);
  const row = (e: (typeof entries.published)[number]) => ({
    id: e.id,
    title: e.title,
    status: e.status,
    revision: e.revision,
    period: e.periodStart ? formatPeriod(e.periodStart, e.periodEnd) : null,
    occurredOn: e.occurredOn,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    updatedAt: e.updatedAt.toISOString(),
    returnReason: e.returnReason,
    authorName: e.authorName,
  });
  return json({
    catalogue: { slug: catalogue.slug, title: catalogue.title, id: catalogue.id },
    item: {
      id: item.id,
      title: item.title,
      contentElements: item.contentElements,
      scope: item.scope,
      basis: item.basis,
      frequency: frequencyText(item.frequency, item.frequencyDays),
      timeLimit: timeLimitText(item),
      channel: item.channel,
      mode: MODE_LABELS[item.mode],
      source: item.source,
      sourceLabel: SOURCE_LABELS[item.source],
      effectiveFrom: item.effectiveFrom,
      version: item.version,
      active: item.active,
      responsibleName: status.responsibleName,
    },
    status: { active: status.active, mode: item.mode, ...status.status, missing: status.status.missing.map((p) => p.label) },
    published: entries.published.map(row),
    working: entries.working.map(row),
    canCreate: creationRefusal(user, found) === null,
    isStaff: staffView,
  });
}

export default function ItemPage() {
  const { catalogue, item, status, published, working, canCreate, isStaff } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <article aria-labelledby="i-title">
      <p>
        <Link to="/catalogues">信息公开目录</Link> › <Link to={`/catalogues/${catalogue.slug}`}>{catalogue.title}</Link>
      </p>
      <h1 id="i-title">{item.title}</h1>
      {params.get("discarded") ? <p className="notice ok">草稿已删除。</p> : null}
      <p>
        <ItemStatusBadge status={status} />{" "}
        {status.overdue ? (
          <span className="status-overdue">
            已超过公开期限 {formatDay(status.dueDate)} {status.daysLate} 天
            {status.missing.length ? `，未公开：${status.missing.slice(-3).join("、")}${status.missing.length > 3 ? ` 等 ${status.missing.length} 期` : ""}` : ""}
          </span>
        ) : status.dueDate ? (
          <span>下次公开期限：{formatDay(status.dueDate)}</span>
        ) : null}
      </p>
      <Facts
        rows={[
          ["公开内容（要素）", item.contentElements],
          ["公开范围", item.scope],
          ["公开依据/标准", item.basis],
          ["公开频次", item.frequency],
          ["公开时限", item.timeLimit],
          ["责任单位", item.responsibleName],
          ["公开渠道", item.channel],
          ["公开方式", item.mode],
          ["信息来源", item.sourceLabel],
          ["起始日期", formatDay(item.effectiveFrom)],
          [
            "事项版本",
            <>
              第 {item.version} 版（<Link to={`/catalogues/${catalogue.slug}/items/${item.id}/history`}>修订记录</Link>）
            </>,
          ],
        ]}
      />
      {canCreate || isStaff ? (
        <div className="actions">
          {canCreate ? (
            <Link className="button" to={`/catalogues/${catalogue.slug}/items/${item.id}/new`}>
              新建公开信息
            </Link>
          ) : null}
          {isStaff ? <Link to={`/staff/catalogues/items/${item.id}`}>修改事项</Link> : null}
        </div>
      ) : null}
      {working.length ? (
        <section aria-labelledby="w-title">
          <h2 id="w-title">办理中的信息（仅本单位和工作人员可见）</h2>
          <ul className="entry-list">
            {working.map((e) => (
              <li key={e.id}>
                <h3>
                  <Link to={`/catalogues/entries/${e.id}`}>{e.title}</Link> <EntryStatusBadge status={e.status} />
                  {e.revision > 1 ? <span className="badge muted">第 {e.revision} 版（更正）</span> : null}
                </h3>
                <p className="doc-meta">
                  {e.period ? `所属期间：${e.period} · ` : ""}
                  {e.authorName ?? "系统"} · 更新于 {formatDateTime(e.updatedAt, true)}
                </p>
                {e.status === "returned" && e.returnReason ? <p className="notice">退回理由：{e.returnReason}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="p-title">
        <h2 id="p-title">公开信息（{published.length}）</h2>
        {published.length ? (
          <ExportLinks list="catalogue-entries" params={{ catalogue: catalogue.slug, item: String(item.id) }} keepFilters={false} label="导出公开信息" />
        ) : null}
        {published.length ? (
          <ul className="entry-list">
            {published.map((e) => (
              <li key={e.id} className={e.status === "superseded" ? "superseded" : undefined}>
                <h3>
                  <Link to={`/catalogues/entries/${e.id}`}>{e.title}</Link>{" "}
                  {e.status === "superseded" ? <EntryStatusBadge status="superseded" /> : null}
                  {e.revision > 1 ? <span className="badge muted">更正版</span> : null}
                </h3>
                <p className="doc-meta">
                  发布于 {formatDateTime(e.publishedAt)}
                  {e.period ? ` · 所属期间：${e.period}` : ""}
                  {e.occurredOn ? ` · 信息形成日期：${formatDay(e.occurredOn)}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>尚无公开信息。</p>
        )}
      </section>
    </article>
  );
}
