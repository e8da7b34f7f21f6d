// The benchmark database: the normal seed (calendar, directory, demo accounts,
// sample corpus, catalogues, studios), then benchmark users, proposals with
// full histories and research reports up to the wanted number of
// recommendations, then the search index rebuilt by the app's reindexAll and
// ANALYZE. A database that already holds the wanted data set is reused.
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { rowsOf, setDatabase, type DatabaseHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedAll } from "../db/seed";
import { departments, events, organisations, userRoles, users } from "../db/schema";
import { loadOverrides } from "../app/models/platform/calendar.server";
import { reindexAll } from "../search/index";
import { LEAVES_PER_REPORT, researchReport, type Directory } from "./generate";
import { insertDocuments, insertChunked, type DocumentSpec } from "./seed-documents";
import { insertProposalBatch, saveCounters, type People } from "./seed-proposals";
import { corpusSentences, textSource } from "./text";

export interface DataSize {
  recommendations: number;
  proposals: number;
}

const log = (msg: string) => process.stderr.write(`  ${msg}\n`);

/** Leaves of the benchmark documents and the proposals: what the data set must hold. */
async function currentSize(handle: DatabaseHandle): Promise<DataSize> {
  const [row] = rowsOf<{ leaves: number; proposals: number }>(
    await handle.db.execute(sql`select
      (select count(*)::int from recommendations r join documents d on d.id = r.document_id
        where r.is_leaf and (d.slug like 'bench-report-%' or d.slug like 'case-%')) as leaves,
      (select count(*)::int from proposals) as proposals`),
  );
  return { recommendations: row.leaves, proposals: row.proposals };
}

export async function hasDataSet(handle: DatabaseHandle, size: DataSize) {
  try {
    const now = await currentSize(handle);
    return now.recommendations === size.recommendations && now.proposals === size.proposals;
  } catch {
    return false; // not migrated yet
  }
}

async function benchPeople(handle: DatabaseHandle, dir: Directory): Promise<People> {
  const db = handle.db;
  const [admin] = await db.select().from(users).where(eq(users.username, "admin"));
  const [staff] = await db.select().from(users).where(eq(users.username, "staff"));
  const [member] = await db.select().from(users).where(eq(users.username, "member"));
  if (!admin || !staff || !member) throw new Error("bench: the demo accounts are missing (SEED_DEMO=false?)");
  // Everyone shares the demo password: the hash is copied, not recomputed 350 times.
  const make = (username: string, displayName: string, roles: ("member" | "organisation" | "department")[], departmentId: number | null, organisationId: number | null) => ({
    user: { id: randomUUID(), username, displayName, passwordHash: member.passwordHash, departmentId, organisationId },
    roles,
  });
  const accounts = [
    ...Array.from({ length: 200 }, (_, i) => make(`bench-member-${i + 1}`, `委员${i + 1}号`, ["member"], null, i % 3 === 0 ? dir.parties[i % dir.parties.length].id : null)),
    ...dir.parties.map((p, i) => make(`bench-org-${i + 1}`, `${p.name}提案联络员`, ["organisation", "member"], null, p.id)),
    ...dir.departments.map((d) => make(`bench-dept-${d.id}`, `${d.name} 办理专员`, ["department"], d.id, null)),
  ];
  await db.transaction(async (t) => {
    await insertChunked(accounts, (chunk) => t.insert(users).values(chunk.map((a) => a.user)));
    await insertChunked(accounts.flatMap((a) => a.roles.map((role) => ({ userId: a.user.id, role }))), (chunk) => t.insert(userRoles).values(chunk));
    await insertChunked(accounts, (chunk) =>
      t.insert(events).values(
        chunk.map((a) => ({
          actorId: admin.id,
          subjectType: "user",
          subjectId: a.user.id,
          action: "user.created",
          toState: "active",
          data: { username: a.user.username, roles: a.roles, departmentId: a.user.departmentId, organisationId: a.user.organisationId },
        })),
      ),
    );
  });
  const partyName = new Map(dir.parties.map((p) => [p.id, p.name]));
  return {
    staffId: staff.id,
    authors: accounts
      .filter((a) => a.roles.includes("member") && !a.roles.includes("organisation"))
      .map((a): People["authors"][number] => ({ id: a.user.id, name: a.user.displayName, organisationId: null, organisationName: null }))
      .concat(
        accounts
          .filter((a) => a.roles.includes("organisation"))
          .map((a) => ({ id: a.user.id, name: a.user.displayName, organisationId: a.user.organisationId, organisationName: partyName.get(a.user.organisationId!) ?? null })),
      ),
    departmentUser: new Map(accounts.filter((a) => a.user.departmentId).map((a) => [a.user.departmentId!, a.user.id])),
  };
}

/** Fill a freshly migrated database with the data set. */
export async function seedDataSet(handle: DatabaseHandle, size: DataSize) {
  setDatabase(handle);
  await migrateDatabase(handle);
  const started = Date.now();
  const seeded = await seedAll(handle.db, { demo: true });
  log(`normal seed: ${seeded.departments} departments, ${seeded.accounts} accounts, ${seeded.documents} corpus documents (${Date.now() - started} ms)`);
  const db = handle.db;
  const dir: Directory = {
    departments: await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.active, true)),
    parties: await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.kind, ["party", "federation"])),
  };
  const people = await benchPeople(handle, dir);
  const overrides = await loadOverrides(db);
  const src = textSource(await corpusSentences(), 2026);
  const counters = new Map<number, number>();
  const now = new Date();
  let leaves = 0;
  for (let done = 0; done < size.proposals; ) {
    const n = Math.min(500, size.proposals - done);
    const result = await db.transaction((t) => insertProposalBatch(t, src, dir, people, overrides, counters, n, now));
    leaves += result.leaves;
    done += n;
    log(`proposals ${done}/${size.proposals} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  await db.transaction((t) => saveCounters(t, counters));
  if (leaves > size.recommendations) throw new Error(`bench: the proposals alone hold ${leaves} recommendations; ask for more`);
  for (let n = 1; leaves < size.recommendations; ) {
    const specs: DocumentSpec[] = [];
    for (let k = 0; k < 50 && leaves < size.recommendations; k++, n++) {
      const count = Math.min(LEAVES_PER_REPORT, size.recommendations - leaves);
      specs.push(researchReport(src, dir, n, count, people.staffId));
      leaves += count;
    }
    await db.transaction((t) => insertDocuments(t, specs));
    log(`recommendations ${leaves}/${size.recommendations} (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  const indexStarted = Date.now();
  const indexed = await reindexAll();
  log(`search index: ${indexed} entries in ${Math.round((Date.now() - indexStarted) / 1000)} s`);
  // What autovacuum would have done by now on a live database (PGlite has no autovacuum).
  await db.execute(sql`vacuum analyze`);
  return { seconds: (Date.now() - started) / 1000, indexed };
}

/** The six benchmarked URLs, on this data set: a 64-recommendation report, one of its recommendations, the busiest department. */
export async function benchUrls(handle: DatabaseHandle): Promise<{ name: string; url: string }[]> {
  const [row] = rowsOf<{ rec: number; dept: number }>(
    await handle.db.execute(sql`select
      (select r.id from recommendations r join documents d on d.id = r.document_id
        where d.slug = 'bench-report-1' and r.is_leaf order by r.id limit 1) as rec,
      (select department_id from department_mentions group by department_id order by count(*) desc, department_id limit 1) as dept`),
  );
  return [
    { name: "home page", url: "/" },
    { name: "document page", url: "/documents/bench-report-1" },
    { name: "recommendation page", url: `/recommendations/${row.rec}` },
    { name: "department page", url: `/departments/${row.dept}` },
    { name: "search", url: `/search?q=${encodeURIComponent("养老服务")}` },
    { name: "API list", url: "/api/v1/proposals" },
  ];
}
