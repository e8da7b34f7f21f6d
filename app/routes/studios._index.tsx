import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { isStaff, isMember } from "~/auth/permissions";
import { listStudios, studioFacets } from "~/models/studios/studio-queries.server";
import studiosCss from "~/styles/studios.css";
import { ExportLinks } from "~/components/export-links";
import { paramsOf, studioFilters, studiosQuery } from "~/utils/list-queries";
import { FilterSelect, Pagination } from "~/components/list-filters";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "委员工作室 · 协商" }];

const PER_PAGE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const query = studiosQuery.parse(paramsOf(url));
  const { q, district, sector, page } = query;
  const user = await getOptionalUser(request);
  const [{ rows, total }, facets] = await Promise.all([
    listStudios(studioFilters(query), page, PER_PAGE),
    studioFacets(),
  ]);
  const params = new URLSearchParams(url.searchParams);
  const pageLink = (n: number) => {
    params.set("page", String(n));
    return `?${params}`;
  };
  return json({
    q,
    district,
    sector: sector ? String(sector) : "",
    facets,
    total,
    studios: rows,
    prev: page > 1 ? pageLink(page - 1) : null,
    next: page * PER_PAGE < total ? pageLink(page + 1) : null,
    isStaff: isStaff(user),
    isMember: isMember(user),
  });
}

export default function Studios() {
  const { q, district, sector, facets, total, studios, prev, next, isStaff, isMember } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="studios-title">
      <h1 id="studios-title">委员工作室</h1>
      <p className="lede">
        委员工作室设在街道和社区，驻室委员定期接待群众、组织协商活动。登录后可一键报名参加公开的协商活动，
        也可以<Link to="/sessions">浏览近期全部活动</Link>。
      </p>
      {isStaff || isMember ? (
        <p className="button-row">
          {isStaff ? (
            <Link className="button secondary" to="/staff/studios">
              管理工作室
            </Link>
          ) : null}
          {isMember ? (
            <Link className="button secondary" to="/member/rota">
              我的接待日
            </Link>
          ) : null}
          <Link className="button secondary" to="/account/sessions">
            我的活动报名
          </Link>
        </p>
      ) : null}
      <div className="list-header">
        <p className="count">共 {total} 个工作室</p>
        <Form method="get" className="filters" role="search" aria-label="筛选工作室">
          <div className="field">
            <label htmlFor="q">名称、街道或社区</label>
            <input type="search" id="q" name="q" defaultValue={q} />
          </div>
          <FilterSelect name="district" label="区县" value={district} options={facets.districts.map((d) => ({ value: d, label: d }))} />
          <FilterSelect name="sector" label="界别或党派" value={sector} options={facets.sectors.map((s) => ({ value: s.id, label: s.name }))} />
          <button type="submit" className="secondary">
            筛选
          </button>
        </Form>
      </div>
      <ExportLinks list="studios" />
      {studios.length ? (
        <ul className="cards">
          {studios.map((s) => (
            <li key={s.id} className="card">
              <h2 className="card-title">
                <Link to={`/studios/${s.slug}`}>{s.name}</Link>
              </h2>
              <p className="studio-place">
                {[s.district, s.street, s.community].filter(Boolean).join(" · ")}
              </p>
              <dl className="facts">
                <dt>界别</dt>
                <dd>{s.sectorName ?? "—"}</dd>
                <dt>召集人</dt>
                <dd>{s.leadName ?? "—"}</dd>
                <dt>驻室委员</dt>
                <dd>{s.members} 人</dd>
                <dt>近期活动</dt>
                <dd>{s.upcoming} 场</dd>
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有符合条件的工作室。</p>
      )}
      <Pagination previous={prev} next={next} />
    </section>
  );
}
