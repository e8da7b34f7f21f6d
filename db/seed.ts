// What a new install starts with: the organisations and departments directory
// from content/directory/*.yaml, and (unless SEED_DEMO=false) demo accounts
// for every role. Each part runs only when its table is empty.
import { eq, sql } from "drizzle-orm";
import { loadDepartments, loadOrganisations } from "../content/directory";
import { hasDocuments, importFiles, listContentFiles } from "../content/importer";
import { createDepartment } from "../app/models/directory/departments.server";
import { createOrganisation } from "../app/models/directory/organisations.server";
import { createUser } from "../app/models/directory/users.server";
import { seedCatalogues } from "../content/catalogue-seed";
import { seedCalendar } from "../app/models/platform/calendar.server";
import { seedStudios } from "../content/studio-seed";
import { seedModerationWords } from "../app/models/participation/word-list.server";
import type { Role } from "./schema";
import { departments, organisations, users } from "./schema";
import type { Db } from "./client";

export const DEMO_PASSWORD = "Xieshang2026";

/** Demo accounts, listed in the README. Department and organisation are looked up by name/slug. */
export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  roles: Role[];
  department?: string;
  organisation?: string;
}[] = [
  { username: "admin", displayName: "系统管理员", roles: ["admin"] },
  { username: "staff", displayName: "提案委员会办公室 周晓岚", roles: ["staff"] },
  { username: "member", displayName: "王立新委员", roles: ["member"], organisation: "minmeng" },
  { username: "member2", displayName: "陈思远委员", roles: ["member"], organisation: "jiusan" },
  { username: "org-minmeng", displayName: "民盟省委会提案联络员", roles: ["organisation", "member"], organisation: "minmeng" },
  { username: "dept-mz", displayName: "市民政局 办理专员", roles: ["department"], department: "市民政局" },
  { username: "dept-wj", displayName: "市卫健委 办理专员", roles: ["department"], department: "市卫生健康委员会" },
  { username: "citizen", displayName: "市民李女士", roles: ["public"] },
];

const count = async (db: Db, table: typeof users | typeof departments | typeof organisations) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0].n;

export async function seedDirectory(db: Db) {
  const created = { organisations: 0, departments: 0 };
  if ((await count(db, organisations)) === 0) {
    await db.transaction(async (t) => {
      for (const [i, o] of loadOrganisations().entries()) {
        await createOrganisation(
          { slug: o.slug, name: o.name, shortName: o.short, aliases: o.aliases, kind: o.kind, description: "" },
          null,
          t,
        );
        await t.update(organisations).set({ sortOrder: i }).where(eq(organisations.slug, o.slug));
        created.organisations++;
      }
    });
  }
  if ((await count(db, departments)) === 0) {
    await db.transaction(async (t) => {
      const ids = new Map<string, number>();
      const entries = loadDepartments();
      for (const [i, d] of entries.entries()) {
        const row = await createDepartment(
          { name: d.name, shortName: d.short, aliases: d.aliases, level: d.level, kind: d.kind, parentId: null },
          null,
          t,
        );
        await t.update(departments).set({ sortOrder: i }).where(eq(departments.id, row.id));
        ids.set(d.name, row.id);
        created.departments++;
      }
      // Parents second, since the YAML may name a parent further down.
      for (const d of entries) {
        if (d.parent) await t.update(departments).set({ parentId: ids.get(d.parent)! }).where(eq(departments.id, ids.get(d.name)!));
      }
    });
  }
  return created;
}

export async function seedDemoAccounts(db: Db) {
  if ((await count(db, users)) > 0) return 0;
  return db.transaction(async (t) => {
    for (const account of DEMO_ACCOUNTS) {
      const [dept] = account.department
        ? await t.select({ id: departments.id }).from(departments).where(eq(departments.name, account.department))
        : [];
      const [org] = account.organisation
        ? await t.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, account.organisation))
        : [];
      if (account.department && !dept) throw new Error(`seed: department ${account.department} not in the directory`);
      if (account.organisation && !org) throw new Error(`seed: organisation ${account.organisation} not in the directory`);
      await createUser(
        { ...account, password: DEMO_PASSWORD, departmentId: dept?.id ?? null, organisationId: org?.id ?? null },
        null,
        t,
      );
    }
    return DEMO_ACCOUNTS.length;
  });
}

/** The sample corpus in content/documents, imported once into an empty documents table. */
export async function seedContent(db: Db) {
  if (await hasDocuments(db)) return { documents: 0, errors: [] as string[] };
  const { done, errors } = await importFiles(db, await listContentFiles());
  return { documents: done.length, errors: errors.map((e) => e.message) };
}

export async function seedAll(db: Db, options: { demo: boolean; content?: boolean }) {
  const calendarDays = await seedCalendar(db);
  const directory = await seedDirectory(db);
  const accounts = options.demo ? await seedDemoAccounts(db) : 0;
  const content = options.content === false ? { documents: 0, errors: [] } : await seedContent(db);
  const catalogues = options.content === false ? 0 : await seedCatalogues(db);
  const studioCount = options.content === false ? 0 : await seedStudios(db);
  const moderationWords = await seedModerationWords(db);
  return { ...directory, calendarDays, accounts, ...content, catalogues, studios: studioCount, moderationWords };
}
