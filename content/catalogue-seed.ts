// Seed step: the sample catalogues of content/catalogues/*.yaml, loaded once
// into an empty `catalogues` table, with their items (version 1) and
// published entries (recorded as imported, no reviewer).
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { catalogueEntries, catalogues } from "../db/catalogues.schema";
import { departments, organisations } from "../db/schema";
import { createCatalogue } from "../app/models/catalogues/catalogues.server";
import { createItem } from "../app/models/catalogues/catalogue-items.server";
import { recordEvent } from "../app/models/platform/events.server";
import { loadCatalogueFiles } from "./catalogues";

export async function seedCatalogues(db: Db, dir?: string): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(catalogues);
  if (n > 0) return 0;
  const files = loadCatalogueFiles(dir);
  await db.transaction(async (t) => {
    const departmentId = async (name: string, file: string) => {
      const [d] = await t.select({ id: departments.id }).from(departments).where(eq(departments.name, name));
      if (!d) throw new Error(`${file}: department "${name}" is not in the directory`);
      return d.id;
    };
    for (const { file, catalogue: c } of files) {
      let ownerOrganisationId: number | null = null;
      if (c.owner_organisation) {
        const [o] = await t.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, c.owner_organisation));
        if (!o) throw new Error(`${file}: organisation "${c.owner_organisation}" is not in the directory`);
        ownerOrganisationId = o.id;
      }
      const row = await createCatalogue(
        {
          slug: c.slug,
          title: c.title,
          description: c.description,
          ownerDepartmentId: c.owner_department ? await departmentId(c.owner_department, file) : null,
          ownerOrganisationId,
        },
        null,
        t,
      );
      for (const [position, i] of c.items.entries()) {
        const item = await createItem(
          row.id,
          {
            title: i.title,
            contentElements: i.content,
            scope: i.scope,
            basis: i.basis,
            frequency: i.frequency,
            frequencyDays: i.frequency_days ?? null,
            timeLimitDays: i.time_limit_days,
            responsibleDepartmentId: i.responsible ? await departmentId(i.responsible, file) : null,
            channel: i.channel,
            mode: i.mode,
            source: i.source,
            effectiveFrom: i.effective_from,
            position,
            active: true,
          },
          null,
          t,
        );
        for (const e of i.entries) {
          const publishedAt = new Date(e.published_at);
          const [entry] = await t
            .insert(catalogueEntries)
            .values({
              itemId: item.id,
              title: e.title,
              body: e.body.trim(),
              periodStart: e.period?.[0] ?? null,
              periodEnd: e.period?.[1] ?? null,
              occurredOn: e.occurred_on ?? null,
              status: "published",
              publishedAt,
              submittedAt: publishedAt,
              reviewedAt: publishedAt,
              createdAt: publishedAt,
              updatedAt: publishedAt,
            })
            .returning();
          await recordEvent(t, {
            actorId: null,
            subjectType: "catalogue_entry",
            subjectId: entry.id,
            action: "catalogue_entry.imported",
            toState: "published",
            data: { file: file.split("/").pop() },
          });
        }
      }
    }
  });
  return files.length;
}
