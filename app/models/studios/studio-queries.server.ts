// The public directory of member studios: active studios filtered by words,
// district and sector, paged for the site and by cursor for the API, and the
// facets (districts, sectors) the directory's filters offer.
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { db } from "../../../db/client";
import { organisations, users } from "../../../db/schema";
import { studioMembers, studios } from "../../../db/studios.schema";
import { cursorPage } from "../../utils/api.server";

export interface StudioFilters {
  q?: string;
  district?: string;
  sectorId?: number;
}

const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterConditions(f: StudioFilters) {
  return and(
    eq(studios.active, true),
    f.q
      ? or(
          ilike(studios.name, likeOf(f.q)),
          ilike(studios.description, likeOf(f.q)),
          ilike(studios.street, likeOf(f.q)),
          ilike(studios.community, likeOf(f.q)),
        )
      : undefined,
    f.district ? eq(studios.district, f.district) : undefined,
    f.sectorId ? eq(studios.sectorId, f.sectorId) : undefined,
  );
}

const directoryColumns = {
  id: studios.id,
  slug: studios.slug,
  name: studios.name,
  district: studios.district,
  street: studios.street,
  community: studios.community,
  address: studios.address,
  description: studios.description,
  openingHours: studios.openingHours,
  sectorId: studios.sectorId,
  sectorName: organisations.name,
  // Public rows: the lead's display name, never their user id.
  leadName: users.displayName,
  members: sql<number>`(select count(*)::int from ${studioMembers} m where m.studio_id = ${studios.id})`,
  upcoming: sql<number>`(select count(*)::int from studio_sessions s where s.studio_id = ${studios.id} and s.status in ('published','closed') and s.ends_at > now())`,
};

/** The public directory (active studios), filtered and paged. */
export async function listStudios(f: StudioFilters = {}, page = 1, perPage = 20) {
  const where = filterConditions(f);
  const rows = await db
    .select(directoryColumns)
    .from(studios)
    .leftJoin(organisations, eq(organisations.id, studios.sectorId))
    .leftJoin(users, eq(users.id, studios.leadId))
    .where(where)
    .orderBy(asc(studios.district), asc(studios.name))
    .limit(perPage)
    .offset((page - 1) * perPage);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(studios).where(where);
  return { rows, total };
}

/** The API's list: id order with a cursor. */
export async function listStudiosAfter(f: StudioFilters, cursor: number | null, limit: number) {
  const rows = await db
    .select(directoryColumns)
    .from(studios)
    .leftJoin(organisations, eq(organisations.id, studios.sectorId))
    .leftJoin(users, eq(users.id, studios.leadId))
    .where(and(filterConditions(f), cursor ? sql`${studios.id} > ${cursor}` : undefined))
    .orderBy(asc(studios.id))
    .limit(limit + 1);
  return cursorPage(rows, limit);
}

/** Districts and sectors that have studios, for the directory's filters. */
export async function studioFacets() {
  const [districts, sectors] = await Promise.all([
    db.selectDistinct({ district: studios.district }).from(studios).where(eq(studios.active, true)).orderBy(studios.district),
    db
      .selectDistinct({ id: organisations.id, name: organisations.name })
      .from(studios)
      .innerJoin(organisations, eq(organisations.id, studios.sectorId))
      .where(eq(studios.active, true))
      .orderBy(organisations.name),
  ]);
  return { districts: districts.map((d) => d.district), sectors };
}
