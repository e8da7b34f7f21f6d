// sitemap.xml (网站地图): every public page, by kind, in files of at most
// 50,000 addresses (the sitemaps.org limit; the benchmark data set has 100,000
// recommendations). Each kind's query applies the same visibility rule as its
// page: published documents, accepted proposals, active directories, visible
// sessions, published or corrected disclosure entries. Never drafts, pending
// replies or inactive catalogues.
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";

export const SITEMAP_MAX_URLS = 50_000;

/** Each query yields path, lastmod and an ordering key k. */
const KINDS: Record<string, SQL> = {
  pages: sql`select p.path, null::timestamptz as lastmod, p.k from (values ('/', 1), ('/documents', 2), ('/proposals', 3),
      ('/departments', 4), ('/organisations', 5), ('/studios', 6), ('/sessions', 7), ('/catalogues', 8), ('/statistics', 9), ('/participation', 10), ('/participation/leads', 11), ('/participation/popular', 12)) as p(path, k)`,
  documents: sql`select '/documents/' || d.slug as path, d.updated_at as lastmod, d.id as k from documents d where d.status = 'published'`,
  recommendations: sql`select '/recommendations/' || r.id as path, greatest(r.updated_at, d.updated_at) as lastmod, r.id as k
      from recommendations r join documents d on d.id = r.document_id
      where d.status = 'published' and r.kind = 'recommendation' and r.removed_in_version is null`,
  proposals: sql`select '/proposals/' || p.case_no as path, p.updated_at as lastmod, p.id as k from proposals p
      where p.case_no is not null and p.state not in ('draft', 'submitted', 'withdrawn')`,
  departments: sql`select '/departments/' || d.id as path, d.updated_at as lastmod, d.id as k from departments d where d.active`,
  organisations: sql`select '/organisations/' || o.slug as path, o.updated_at as lastmod, o.id as k from organisations o where o.active`,
  studios: sql`select '/studios/' || s.slug as path, s.updated_at as lastmod, s.id as k from studios s where s.active`,
  sessions: sql`select '/sessions/' || s.id as path, s.updated_at as lastmod, s.id as k from studio_sessions s
      join studios st on st.id = s.studio_id where st.active and s.status in ('published', 'closed', 'held', 'cancelled')`,
  catalogues: sql`select '/catalogues/' || c.slug as path, c.updated_at as lastmod, c.id as k from catalogues c where c.active
      union all
      select '/catalogues/' || c.slug || '/items/' || i.id, i.updated_at, 1000000000 + i.id from catalogue_items i
      join catalogues c on c.id = i.catalogue_id where c.active and i.active`,
  entries: sql`select '/catalogues/entries/' || e.id as path, coalesce(e.published_at, e.updated_at) as lastmod, e.id as k
      from catalogue_entries e join catalogue_items i on i.id = e.item_id join catalogues c on c.id = i.catalogue_id
      where c.active and e.status in ('published', 'superseded')`,
  // 网络议政: public topics, their approved opinions, and leads their senders agreed to show.
  topics: sql`select '/participation/topics/' || t.id as path, t.updated_at as lastmod, t.id as k from consultation_topics t
      where t.state in ('open', 'closed', 'summarised')
      union all
      select '/participation/leads/' || l.id, l.updated_at, 1000000000 + l.id from proposal_leads l
      where l.published and l.consent_public and l.state in ('forwarded_member', 'forwarded_department', 'drafted', 'closed')`,
  opinions: sql`select '/participation/opinions/' || o.id as path, coalesce(o.moderated_at, o.created_at) as lastmod, o.id as k
      from topic_opinions o join consultation_topics t on t.id = o.topic_id
      where o.state = 'approved' and t.state in ('open', 'closed', 'summarised')`,
};

export const SITEMAP_KINDS = Object.keys(KINDS);

export interface SitemapUrl {
  path: string;
  lastmod: Date | null;
}

const toDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v)));

/** The sitemap files: one per kind and 50,000 addresses, with the newest change in each. */
export async function sitemapFiles(size = SITEMAP_MAX_URLS) {
  const files: { name: string; lastmod: Date | null }[] = [];
  for (const kind of SITEMAP_KINDS) {
    const chunks = rowsOf<{ chunk: number | string; lastmod: unknown }>(
      await db.execute(sql`select y.chunk, max(y.lastmod) as lastmod from
        (select (row_number() over (order by x.k) - 1) / ${size}::int as chunk, x.lastmod from (${KINDS[kind]}) x) y
        group by y.chunk order by y.chunk`),
    );
    for (const row of chunks) files.push({ name: `${kind}-${Number(row.chunk) + 1}`, lastmod: toDate(row.lastmod) });
  }
  return files;
}

/** The addresses of one sitemap file ("recommendations-2"), or null when there is no such file. */
export async function sitemapUrls(name: string, size = SITEMAP_MAX_URLS): Promise<SitemapUrl[] | null> {
  const m = /^([a-z]+)-(\d{1,6})$/.exec(name);
  if (!m || !(m[1] in KINDS)) return null;
  const n = Number(m[2]);
  if (n < 1) return null;
  const rows = rowsOf<{ path: string; lastmod: unknown }>(
    await db.execute(sql`select x.path, x.lastmod from (${KINDS[m[1]]}) x order by x.k limit ${size}::int offset ${(n - 1) * size}::int`),
  );
  if (!rows.length && n > 1) return null;
  return rows.map((r) => ({ path: r.path, lastmod: toDate(r.lastmod) }));
}
