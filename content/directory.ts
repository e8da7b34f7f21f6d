// Loader for the seed directory in content/directory/: the responsible departments
// (承办单位, departments.yaml) and the organisations (党派、工商联、专委会、界别,
// organisations.yaml). Both files are read, parsed and validated here; any problem
// throws an Error that names the file and the offending entry.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

export const DEPARTMENT_LEVELS = ["province", "city", "district"] as const;
export const DEPARTMENT_KINDS = ["party", "government", "court", "procuratorate", "mass", "enterprise", "other"] as const;
export const ORGANISATION_KINDS = ["party", "federation", "committee", "sector"] as const;

export type DepartmentLevel = (typeof DEPARTMENT_LEVELS)[number];
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type DepartmentEntry = {
  name: string;
  short: string | null;
  aliases: string[];
  level: DepartmentLevel;
  kind: DepartmentKind;
  parent: string | null;
};

export type OrganisationEntry = {
  slug: string;
  name: string;
  short: string | null;
  aliases: string[];
  kind: OrganisationKind;
};

export const DEPARTMENTS_FILE = "departments.yaml";
export const ORGANISATIONS_FILE = "organisations.yaml";

const text = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, "must not be empty"));
const optionalText = z
  .string()
  .nullish()
  .transform((s) => (s == null || s.trim() === "" ? null : s.trim()));
const aliasList = z
  .array(text)
  .nullish()
  .transform((a) => a ?? []);

const departmentSchema = z.strictObject({
  name: text,
  short: optionalText,
  aliases: aliasList,
  level: z.enum(DEPARTMENT_LEVELS),
  kind: z.enum(DEPARTMENT_KINDS),
  parent: optionalText,
});

const organisationSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case ascii letters, digits and single dashes"),
  name: text,
  short: optionalText,
  aliases: aliasList,
  kind: z.enum(ORGANISATION_KINDS),
});

function defaultDir(): string {
  return path.resolve(process.cwd(), "content", "directory");
}

function readYamlList(file: string): unknown[] {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`${file}: cannot read file: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new Error(`${file}: invalid YAML: ${(error as Error).message}`);
  }
  if (data == null) return [];
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of entries at the top level`);
  return data;
}

/** "entry #3 (市民政局)" — 1-based, with the name when the raw entry has one. */
function describe(index: number, raw: unknown): string {
  const name =
    raw && typeof raw === "object" && typeof (raw as { name?: unknown }).name === "string"
      ? (raw as { name: string }).name
      : null;
  return name ? `entry #${index + 1} (${name})` : `entry #${index + 1}`;
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

function validateEntries<T extends { name: string }>(file: string, raw: unknown[], schema: z.ZodType<T>): T[] {
  return raw.map((item, index) => {
    const result = schema.safeParse(item);
    if (!result.success) throw new Error(`${file}: ${describe(index, item)}: ${formatIssues(result.error)}`);
    return result.data;
  });
}

/**
 * Every name, short form and alias must point at exactly one entry, and an entry must
 * not list the same form twice.
 */
function checkLookupKeys(file: string, entries: { name: string; short: string | null; aliases: string[] }[]): void {
  const owner = new Map<string, number>();
  entries.forEach((entry, index) => {
    const prior = owner.get(entry.name);
    if (prior !== undefined) {
      throw new Error(
        `${file}: ${describe(index, entry)}: name "${entry.name}" is already used by ${describe(prior, entries[prior])}`,
      );
    }
    owner.set(entry.name, index);
  });
  entries.forEach((entry, index) => {
    const seen = new Set<string>([entry.name]);
    const forms = [...(entry.short ? [["short", entry.short]] : []), ...entry.aliases.map((a) => ["alias", a])];
    for (const [what, form] of forms) {
      if (seen.has(form)) throw new Error(`${file}: ${describe(index, entry)}: ${what} "${form}" is listed twice`);
      seen.add(form);
      const prior = owner.get(form);
      if (prior !== undefined && prior !== index) {
        throw new Error(
          `${file}: ${describe(index, entry)}: ${what} "${form}" is already used by ${describe(prior, entries[prior])}`,
        );
      }
      owner.set(form, index);
    }
  });
}

export function loadDepartments(dir: string = defaultDir()): DepartmentEntry[] {
  const file = path.join(dir, DEPARTMENTS_FILE);
  const entries = validateEntries(file, readYamlList(file), departmentSchema);
  checkLookupKeys(file, entries);

  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  entries.forEach((entry, index) => {
    if (entry.parent === null) return;
    if (!byName.has(entry.parent)) {
      throw new Error(`${file}: ${describe(index, entry)}: unknown parent "${entry.parent}"`);
    }
    // Walk up the chain: a parent loop would hang any tree rendering later on.
    const chain = new Set<string>([entry.name]);
    for (let p: string | null = entry.parent; p !== null; p = byName.get(p)?.parent ?? null) {
      if (chain.has(p)) throw new Error(`${file}: ${describe(index, entry)}: parent chain loops back to "${p}"`);
      chain.add(p);
    }
  });
  return entries;
}

export function loadOrganisations(dir: string = defaultDir()): OrganisationEntry[] {
  const file = path.join(dir, ORGANISATIONS_FILE);
  const entries = validateEntries(file, readYamlList(file), organisationSchema);
  const slugs = new Map<string, number>();
  entries.forEach((entry, index) => {
    const prior = slugs.get(entry.slug);
    if (prior !== undefined) {
      throw new Error(
        `${file}: ${describe(index, entry)}: slug "${entry.slug}" is already used by ${describe(prior, entries[prior])}`,
      );
    }
    slugs.set(entry.slug, index);
  });
  checkLookupKeys(file, entries);
  return entries;
}

/**
 * Map every lookup form (name, short form, alias) to its entry. The loaders guarantee
 * that each form belongs to one entry only.
 */
export function indexByLookupForm<T extends { name: string; short: string | null; aliases: string[] }>(
  entries: T[],
): Map<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    for (const form of [entry.name, ...(entry.short ? [entry.short] : []), ...entry.aliases]) index.set(form, entry);
  }
  return index;
}
