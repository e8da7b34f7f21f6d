// The departments directory (承办单位名录): names, short names and aliases are
// what the structurer matches in proposal text, so admins keep them tidy:
// create, edit aliases, merge duplicates, deactivate.
import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client";
import { db } from "../../../db/client";
import { departments, users } from "../../../db/schema";
import { DomainError } from "../../utils/errors";
import { recordEvent } from "../platform/events.server";
import { updateVersioned } from "../platform/versioned.server";

export type Department = typeof departments.$inferSelect;
export type DepartmentLevel = Department["level"];
export type DepartmentKind = Department["kind"];

export { LEVEL_LABELS, DEPARTMENT_KIND_LABELS as KIND_LABELS } from "../../utils/labels";

export interface DepartmentInput {
  name: string;
  shortName: string | null;
  aliases: string[];
  level: DepartmentLevel;
  kind: DepartmentKind;
  parentId: number | null;
}

/** Split an alias field written with any of the separators people use. */
export function parseAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,，、;；\n]+/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}

export async function listDepartments(
  options: { query?: string; level?: DepartmentLevel; includeInactive?: boolean } = {},
) {
  const conditions = [];
  if (!options.includeInactive) conditions.push(eq(departments.active, true));
  if (options.level) conditions.push(eq(departments.level, options.level));
  if (options.query) {
    const q = `%${options.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(departments.name, q),
        ilike(departments.shortName, q),
        sql`exists (select 1 from unnest(${departments.aliases}) a where a ilike ${q})`,
      ),
    );
  }
  return db
    .select()
    .from(departments)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(departments.level), asc(departments.sortOrder), asc(departments.id));
}

export async function getDepartment(id: number, tx: DbOrTx = db) {
  const [row] = await tx.select().from(departments).where(eq(departments.id, id));
  return row ?? null;
}

export async function getDepartmentDetail(id: number) {
  const department = await getDepartment(id);
  if (!department) return null;
  const [parent, children, mergedInto, staffCount] = await Promise.all([
    department.parentId ? getDepartment(department.parentId) : null,
    db.select().from(departments).where(eq(departments.parentId, id)).orderBy(asc(departments.name)),
    department.mergedIntoId ? getDepartment(department.mergedIntoId) : null,
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(users)
      .where(and(eq(users.departmentId, id), eq(users.active, true)))
      .then((r) => r[0].count),
  ]);
  return { department, parent, children, mergedInto, staffCount };
}

/**
 * Every name, short name and alias must point at one active department only,
 * or the structurer could not tell which department a text means.
 */
async function assertNamesFree(tx: DbOrTx, names: string[], exceptId: number | null) {
  for (const name of names) {
    const [clash] = await tx
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(
        and(
          eq(departments.active, true),
          exceptId ? sql`${departments.id} <> ${exceptId}` : undefined,
          or(eq(departments.name, name), eq(departments.shortName, name), sql`${name} = any(${departments.aliases})`),
        ),
      )
      .limit(1);
    if (clash) throw new DomainError(`“${name}”已被“${clash.name}”使用`, "conflict", "aliases");
  }
}

function validate(input: DepartmentInput) {
  const name = input.name.trim();
  if (!name) throw new DomainError("请填写单位名称", "invalid", "name");
  if (name.length > 80) throw new DomainError("单位名称不能超过 80 个字符", "invalid", "name");
  const shortName = input.shortName?.trim() || null;
  const aliases = input.aliases.filter((a) => a !== name && a !== shortName);
  if (aliases.some((a) => a.length > 40)) throw new DomainError("别名不能超过 40 个字符", "invalid", "aliases");
  return { ...input, name, shortName, aliases };
}

export async function createDepartment(input: DepartmentInput, actorId: string | null, tx: DbOrTx = db) {
  const value = validate(input);
  return tx.transaction(async (t) => {
    const [sameName] = await t.select({ id: departments.id }).from(departments).where(eq(departments.name, value.name));
    if (sameName) throw new DomainError("已有同名单位", "conflict", "name");
    await assertNamesFree(t, [value.name, ...(value.shortName ? [value.shortName] : []), ...value.aliases], null);
    if (value.parentId && !(await getDepartment(value.parentId, t))) {
      throw new DomainError("上级单位不存在", "invalid", "parentId");
    }
    const [row] = await t.insert(departments).values(value).returning();
    await recordEvent(t, {
      actorId,
      subjectType: "department",
      subjectId: row.id,
      action: "department.created",
      toState: "active",
      data: { name: row.name, aliases: row.aliases },
    });
    return row;
  });
}

export async function updateDepartment(id: number, input: DepartmentInput & { version: number }, actorId: string) {
  const value = validate(input);
  return db.transaction(async (t) => {
    const before = await getDepartment(id, t);
    if (!before) throw new DomainError("单位不存在", "not_found");
    if (value.parentId === id) throw new DomainError("上级单位不能是自己", "invalid", "parentId");
    const [sameName] = await t
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.name, value.name), sql`${departments.id} <> ${id}`));
    if (sameName) throw new DomainError("已有同名单位", "conflict", "name");
    await assertNamesFree(t, [value.name, ...(value.shortName ? [value.shortName] : []), ...value.aliases], id);
    const row = await updateVersioned(t, departments, { id, expectedVersion: input.version, conflict: "该单位已被他人修改，请查看最新内容后重新提交" }, {
        name: value.name,
        shortName: value.shortName,
        aliases: value.aliases,
        level: value.level,
        kind: value.kind,
        parentId: value.parentId,
      });
    await recordEvent(t, {
      actorId,
      subjectType: "department",
      subjectId: id,
      action: "department.updated",
      data: {
        before: { name: before.name, shortName: before.shortName, aliases: before.aliases, level: before.level },
        after: { name: row.name, shortName: row.shortName, aliases: row.aliases, level: row.level },
      },
    });
    return row;
  });
}

export async function setDepartmentActive(id: number, active: boolean, actorId: string) {
  return db.transaction(async (t) => {
    const before = await getDepartment(id, t);
    if (!before) throw new DomainError("单位不存在", "not_found");
    if (before.mergedIntoId && active) throw new DomainError("已合并的单位不能重新启用", "conflict");
    if (before.active === active) return;
    if (active) {
      await assertNamesFree(t, [before.name, ...(before.shortName ? [before.shortName] : []), ...before.aliases], id);
    }
    await updateVersioned(t, departments, { id }, { active });
    await recordEvent(t, {
      actorId,
      subjectType: "department",
      subjectId: id,
      action: active ? "department.reactivated" : "department.deactivated",
      fromState: before.active ? "active" : "inactive",
      toState: active ? "active" : "inactive",
    });
  });
}

/**
 * Merge a duplicate into the department that survives (合并重复单位): the
 * duplicate's names become aliases of the survivor, its users move over, and
 * it stays as an inactive row pointing at the survivor so history still reads.
 */
export async function mergeDepartments(duplicateId: number, survivorId: number, actorId: string) {
  if (duplicateId === survivorId) throw new DomainError("不能与自身合并", "invalid", "survivorId");
  return db.transaction(async (t) => {
    const duplicate = await getDepartment(duplicateId, t);
    const survivor = await getDepartment(survivorId, t);
    if (!duplicate || !survivor) throw new DomainError("单位不存在", "not_found");
    if (!survivor.active) throw new DomainError("保留单位必须是在用单位", "conflict", "survivorId");
    if (duplicate.mergedIntoId) throw new DomainError("该单位已被合并", "conflict");
    const inherited = [duplicate.name, duplicate.shortName, ...duplicate.aliases].filter(
      (a): a is string => !!a && a !== survivor.name && a !== survivor.shortName,
    );
    const aliases = [...new Set([...survivor.aliases, ...inherited])];
    await updateVersioned(t, departments, { id: duplicateId }, { active: false, mergedIntoId: survivorId });
    await updateVersioned(t, departments, { id: survivorId }, { aliases });
    const moved = await t
      .update(users)
      .set({ departmentId: survivorId, updatedAt: new Date() })
      .where(eq(users.departmentId, duplicateId))
      .returning({ id: users.id });
    await t.update(departments).set({ parentId: survivorId }).where(eq(departments.parentId, duplicateId));
    await recordEvent(t, {
      actorId,
      subjectType: "department",
      subjectId: duplicateId,
      action: "department.merged",
      fromState: "active",
      toState: "merged",
      data: { into: survivorId, intoName: survivor.name, usersMoved: moved.length, aliasesAdded: inherited },
    });
  });
}
