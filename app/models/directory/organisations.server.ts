// Organisations (党派、工商联、专委会、界别): who proposals and reports come from.
import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { organisations, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { isLookupKey } from "../../utils/params";
import { updateVersioned } from "../platform/versioned.server";

export type Organisation = typeof organisations.$inferSelect;
export type OrganisationKind = Organisation["kind"];

export { ORGANISATION_KIND_LABELS } from "../../utils/labels";

export interface OrganisationInput {
  slug: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: OrganisationKind;
  description: string;
}

export const SLUG_RE = /^[a-z0-9][a-z0-9-]{1,47}$/;

export function listOrganisations(options: { kind?: OrganisationKind; includeInactive?: boolean } = {}) {
  return db
    .select()
    .from(organisations)
    .where(
      and(
        options.includeInactive ? undefined : eq(organisations.active, true),
        options.kind ? eq(organisations.kind, options.kind) : undefined,
      ),
    )
    .orderBy(asc(organisations.kind), asc(organisations.sortOrder), asc(organisations.id));
}

export async function getOrganisationBySlug(slug: string) {
  if (!isLookupKey(slug)) return null;
  const [row] = await db.select().from(organisations).where(eq(organisations.slug, slug));
  return row ?? null;
}

export async function getOrganisation(id: number, tx: DbOrTx = db) {
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export function countOrganisationMembers(id: number) {
  return db
    .select({ count: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.organisationId, id), eq(users.active, true)))
    .then((r) => r[0].count);
}

function validate(input: OrganisationInput): OrganisationInput {
  const slug = input.slug.trim().toLowerCase();
  if (!SLUG_RE.test(slug)) throw new DomainError("标识须为 2–48 位小写字母、数字或连字符", "invalid", "slug");
  const name = input.name.trim();
  if (!name) throw new DomainError("请填写组织名称", "invalid", "name");
  return { ...input, slug, name, shortName: input.shortName?.trim() || null, description: input.description.trim() };
}

export async function createOrganisation(input: OrganisationInput, actorId: string | null, tx: DbOrTx = db) {
  const value = validate(input);
  return tx.transaction(async (t) => {
    const [clash] = await t
      .select({ slug: organisations.slug, name: organisations.name })
      .from(organisations)
      .where(sql`${organisations.slug} = ${value.slug} or ${organisations.name} = ${value.name}`);
    if (clash) {
      throw clash.slug === value.slug
        ? new DomainError("该标识已被使用", "conflict", "slug")
        : new DomainError("已有同名组织", "conflict", "name");
    }
    const [row] = await t.insert(organisations).values(value).returning();
    await recordEvent(t, {
      actorId,
      subjectType: "organisation",
      subjectId: row.id,
      action: "organisation.created",
      data: { slug: row.slug, name: row.name },
    });
    return row;
  });
}

export async function updateOrganisation(
  id: number,
  input: OrganisationInput & { version: number; active: boolean },
  actorId: string,
) {
  const value = validate(input);
  return db.transaction(async (t) => {
    const before = await getOrganisation(id, t);
    if (!before) throw new DomainError("组织不存在", "not_found");
    const [clash] = await t
      .select({ slug: organisations.slug })
      .from(organisations)
      .where(
        sql`(${organisations.slug} = ${value.slug} or ${organisations.name} = ${value.name}) and ${organisations.id} <> ${id}`,
      );
    if (clash) throw new DomainError("标识或名称与其他组织重复", "conflict", clash.slug === value.slug ? "slug" : "name");
    const row = await updateVersioned(t, organisations, { id, expectedVersion: input.version, conflict: "该组织已被他人修改，请查看最新内容后重新提交" }, {
        ...value,
        active: input.active,
      });
    await recordEvent(t, {
      actorId,
      subjectType: "organisation",
      subjectId: id,
      action: before.active !== row.active ? (row.active ? "organisation.reactivated" : "organisation.deactivated") : "organisation.updated",
      data: {
        before: { slug: before.slug, name: before.name, aliases: before.aliases },
        after: { slug: row.slug, name: row.name, aliases: row.aliases },
      },
    });
    return row;
  });
}
