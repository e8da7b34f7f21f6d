import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { isStaff } from "~/auth/permissions";
import { formatDateTime } from "~/components/catalogue-ui";
import { getItem, listItemVersions, type ItemSnapshot } from "~/models/catalogues/catalogue-items.server";
import { listDepartments } from "~/models/directory/departments.server";
import { timeLimitText } from "~/models/catalogues/disclosure-schedule";
import styles from "~/styles/catalogues.css";
import { MODE_LABELS, SOURCE_LABELS, formatDay, frequencyText } from "~/models/catalogues/catalogue-labels";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `修订记录 · ${data?.item.title ?? "公开事项"} · 协商` }];

const FIELDS: [keyof ReturnType<typeof readable>, string][] = [
  ["title", "事项名称"],
  ["contentElements", "公开内容（要素）"],
  ["scope", "公开范围"],
  ["basis", "公开依据/标准"],
  ["frequency", "公开频次"],
  ["timeLimit", "公开时限"],
  ["responsible", "责任单位"],
  ["channel", "公开渠道"],
  ["mode", "公开方式"],
  ["source", "信息来源"],
  ["effectiveFrom", "起始日期"],
  ["active", "状态"],
];

function readable(s: ItemSnapshot, departments: Map<number, string>) {
  return {
    title: s.title,
    contentElements: s.contentElements,
    scope: s.scope,
    basis: s.basis,
    frequency: frequencyText(s.frequency, s.frequencyDays),
    timeLimit: timeLimitText(s),
    responsible: s.responsibleDepartmentId ? (departments.get(s.responsibleDepartmentId) ?? `#${s.responsibleDepartmentId}`) : "（目录编制单位）",
    channel: s.channel,
    mode: MODE_LABELS[s.mode],
    source: SOURCE_LABELS[s.source],
    effectiveFrom: formatDay(s.effectiveFrom),
    active: s.active ? "启用" : "停用",
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const found = await getItem(parseId(params.itemId));
  if (!found || found.catalogue.slug !== params.slug) throw notFound();
  if (!found.catalogue.active && !isStaff(user)) throw notFound();
  const [versions, departments] = await Promise.all([listItemVersions(found.item.id), listDepartments({ includeInactive: true })]);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  return json({
    catalogue: { slug: found.catalogue.slug, title: found.catalogue.title },
    item: { id: found.item.id, title: found.item.title },
    versions: versions
      .map((v) => ({ version: v.version, note: v.note, createdAt: v.createdAt.toISOString(), changedByName: v.changedByName, fields: readable(v.snapshot, names) }))
      .reverse(),
  });
}

export default function ItemHistory() {
  const { catalogue, item, versions } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="h-title">
      <p>
        <Link to={`/catalogues/${catalogue.slug}`}>{catalogue.title}</Link> › <Link to={`/catalogues/${catalogue.slug}/items/${item.id}`}>{item.title}</Link>
      </p>
      <h1 id="h-title">修订记录</h1>
      <p className="count">共 {versions.length} 个版本，最新在前。每个版本保存修改后的完整事项内容，不可更改。</p>
      <ol className="version-list" reversed>
        {versions.map((v, i) => {
          const older = versions[i + 1];
          const changed = older ? FIELDS.filter(([k]) => older.fields[k] !== v.fields[k]) : [];
          return (
            <li key={v.version} id={`v${v.version}`}>
              <h2>
                第 {v.version} 版 <small className="status-muted">{formatDateTime(v.createdAt, true)} · {v.changedByName ?? "系统导入"}</small>
              </h2>
              {v.note ? <p>修改说明：{v.note}</p> : null}
              {older ? (
                changed.length ? (
                  <table>
                    <caption>与第 {older.version} 版相比的改动</caption>
                    <thead>
                      <tr>
                        <th scope="col">字段</th>
                        <th scope="col">修改前</th>
                        <th scope="col">修改后</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changed.map(([k, label]) => (
                        <tr key={k}>
                          <th scope="row">{label}</th>
                          <td>
                            <del>{older.fields[k] || "—"}</del>
                          </td>
                          <td>
                            <ins>{v.fields[k] || "—"}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p>内容未变（仅保存）。</p>
                )
              ) : null}
              <details>
                <summary>该版本的完整内容</summary>
                <dl className="facts">
                  {FIELDS.map(([k, label]) => (
                    <div key={k} style={{ display: "contents" }}>
                      <dt>{label}</dt>
                      <dd>{v.fields[k] || "—"}</dd>
                    </div>
                  ))}
                </dl>
              </details>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
