// Loader for the sample disclosure catalogues in content/catalogues/*.yaml
// (fields in content/catalogues/README.md). Each file is one catalogue; any
// problem throws an Error naming the file and the field.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written yyyy-mm-dd");
const text = z.string().trim().min(1, "must not be empty");
const optional = z
  .string()
  .nullish()
  .transform((s) => s?.trim() ?? "");

const entrySchema = z.strictObject({
  title: text,
  body: z.string().default(""),
  period: z.tuple([day, day]).optional(),
  occurred_on: day.optional(),
  published_at: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "must be an ISO date-time, e.g. 2026-10-13T09:30:00+08:00"),
});

const itemSchema = z.strictObject({
  title: text,
  content: optional,
  scope: optional,
  basis: optional,
  frequency: z.enum(["as_needed", "monthly", "quarterly", "half_yearly", "yearly", "event"]),
  frequency_days: z.number().int().min(1).max(365).optional(),
  time_limit_days: z.number().int().min(0).max(366).default(0),
  responsible: z.string().optional(),
  channel: optional,
  mode: z.enum(["proactive", "on_request"]).default("proactive"),
  source: z.enum(["manual", "proposal_replies"]).default("manual"),
  effective_from: day,
  entries: z.array(entrySchema).default([]),
});

const catalogueSchema = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case ascii letters, digits and single dashes"),
    title: text,
    description: optional,
    owner_department: z.string().optional(),
    owner_organisation: z.string().optional(),
    items: z.array(itemSchema).default([]),
  })
  .refine((c) => !!c.owner_department !== !!c.owner_organisation, "give exactly one of owner_department and owner_organisation");

export type CatalogueFile = z.infer<typeof catalogueSchema>;

export function cataloguesDir() {
  return path.resolve(process.cwd(), "content", "catalogues");
}

export function loadCatalogueFiles(dir = cataloguesDir()): { file: string; catalogue: CatalogueFile }[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    let data: unknown;
    try {
      data = parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new Error(`${file}: invalid YAML: ${(error as Error).message}`);
    }
    const result = catalogueSchema.safeParse(data);
    if (!result.success) {
      const issues = result.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
      throw new Error(`${file}: ${issues}`);
    }
    return { file, catalogue: result.data };
  });
}
