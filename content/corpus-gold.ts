/**
 * Gold files of the structurer corpus (content/corpus; the folders of HELD_OUT_DIRS held out): the
 * agreed format, a zod schema for it, and helpers that list the corpus and read a text's
 * lines. See content/corpus/README.md for the conventions the gold files follow.
 *
 * Each text `<id>.txt|.html|.pdf` has `<id>.gold.yaml` beside it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

export const STYLES = [
  "epaper",
  "news-site",
  "news-agency",
  "interview",
  "wechat",
  "party-newspaper",
  "pdf-report",
  "traditional-pinyin",
  "formal-report",
  "mixed",
] as const;
export type CorpusStyle = (typeof STYLES)[number];

export const NODE_KINDS = ["heading", "background", "recommendation"] as const;
export const ROLES = ["lead", "co", "mentioned"] as const;

export interface GoldNode {
  kind: (typeof NODE_KINDS)[number];
  title: string;
  children: GoldNode[];
}

const title = z
  .string()
  .min(1)
  .refine((s) => s === s.trim(), "no leading or trailing spaces");

const nodeSchema: z.ZodType<GoldNode> = z.lazy(() =>
  z.strictObject({
    kind: z.enum(NODE_KINDS),
    title,
    children: z
      .array(nodeSchema)
      .nullish()
      .transform((c) => c ?? []),
  }),
) as unknown as z.ZodType<GoldNode>;

const departmentSchema = z.strictObject({
  name: title,
  role: z.enum(ROLES),
  new: z.literal(true).optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD");

export const goldDocumentSchema = z.strictObject({
  title,
  byline: title.nullable(),
  date: isoDate.nullable(),
  source: title.nullable(),
  tree: z
    .array(nodeSchema)
    .nullish()
    .transform((t) => t ?? []),
  departments: z
    .array(departmentSchema)
    .nullish()
    .transform((d) => d ?? []),
});

export const goldSchema = z.strictObject({
  style: z.enum(STYLES),
  documents: z.array(goldDocumentSchema).min(1),
  removed: z
    .array(z.string().min(1))
    .nullish()
    .transform((r) => r ?? []),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldDocument = z.infer<typeof goldDocumentSchema>;
export type GoldDepartment = GoldDocument["departments"][number];

export const CORPUS_DIR = path.resolve(import.meta.dirname, "corpus");
/**
 * Folders whose texts nobody tuning the structurer may read: held-out sets written by
 * someone who does not tune the structurer, untuned. The score command only summarises
 * them (no per-text details), and no test asserts on them (content/corpus-holdout-4, -5,
 * -6, -7, -8 and -9 were opened and moved into content/corpus in rounds 7, 7b, 8, 10 and 12).
 */
/** The tenth held-out batch (content/corpus-holdout-10/README.md). */
export const HOLDOUT10_DIR = path.resolve(import.meta.dirname, "corpus-holdout-10");
/** The eleventh held-out batch (content/corpus-holdout-11/README.md). */
export const HOLDOUT11_DIR = path.resolve(import.meta.dirname, "corpus-holdout-11");
/** The twelfth held-out batch (content/corpus-holdout-12/README.md). */
export const HOLDOUT12_DIR = path.resolve(import.meta.dirname, "corpus-holdout-12");
/** The thirteenth held-out batch (content/corpus-holdout-13/README.md). */
export const HOLDOUT13_DIR = path.resolve(import.meta.dirname, "corpus-holdout-13");
/** The fourteenth held-out batch (content/corpus-holdout-14/README.md). */
export const HOLDOUT14_DIR = path.resolve(import.meta.dirname, "corpus-holdout-14");
/** The fifteenth held-out batch (content/corpus-holdout-15/README.md). */
export const HOLDOUT15_DIR = path.resolve(import.meta.dirname, "corpus-holdout-15");
/** The sixteenth held-out batch (content/corpus-holdout-16/README.md). */
export const HOLDOUT16_DIR = path.resolve(import.meta.dirname, "corpus-holdout-16");
/** The seventeenth held-out batch (content/corpus-holdout-17/README.md). */
export const HOLDOUT17_DIR = path.resolve(import.meta.dirname, "corpus-holdout-17");
/** The eighteenth held-out batch (content/corpus-holdout-18/README.md). */
export const HOLDOUT18_DIR = path.resolve(import.meta.dirname, "corpus-holdout-18");
/** The nineteenth held-out batch (content/corpus-holdout-19/README.md). */
export const HOLDOUT19_DIR = path.resolve(import.meta.dirname, "corpus-holdout-19");
/** The twentieth held-out batch (content/corpus-holdout-20/README.md). */
export const HOLDOUT20_DIR = path.resolve(import.meta.dirname, "corpus-holdout-20");
/** The twenty-first held-out batch (content/corpus-holdout-21/README.md). */
export const HOLDOUT21_DIR = path.resolve(import.meta.dirname, "corpus-holdout-21");
/** The twenty-second held-out batch (content/corpus-holdout-22/README.md). */
export const HOLDOUT22_DIR = path.resolve(import.meta.dirname, "corpus-holdout-22");
/** The twenty-third held-out batch (content/corpus-holdout-23/README.md). */
export const HOLDOUT23_DIR = path.resolve(import.meta.dirname, "corpus-holdout-23");
/** The twenty-fourth held-out batch (content/corpus-holdout-24/README.md). */
export const HOLDOUT24_DIR = path.resolve(import.meta.dirname, "corpus-holdout-24");
/** The twenty-fifth held-out batch (content/corpus-holdout-25/README.md). */
export const HOLDOUT25_DIR = path.resolve(import.meta.dirname, "corpus-holdout-25");
/** The twenty-sixth held-out batch (content/corpus-holdout-26/README.md). */
export const HOLDOUT26_DIR = path.resolve(import.meta.dirname, "corpus-holdout-26");
/** The twenty-seventh held-out batch (content/corpus-holdout-27/README.md). */
export const HOLDOUT27_DIR = path.resolve(import.meta.dirname, "corpus-holdout-27");
/** The twenty-eighth held-out batch (content/corpus-holdout-28/README.md). */
export const HOLDOUT28_DIR = path.resolve(import.meta.dirname, "corpus-holdout-28");
/** The twenty-ninth held-out batch (content/corpus-holdout-29/README.md). */
export const HOLDOUT29_DIR = path.resolve(import.meta.dirname, "corpus-holdout-29");
/** The thirtieth held-out batch (content/corpus-holdout-30/README.md). */
export const HOLDOUT30_DIR = path.resolve(import.meta.dirname, "corpus-holdout-30");
/** The thirty-first held-out batch (content/corpus-holdout-31/README.md). */
export const HOLDOUT31_DIR = path.resolve(import.meta.dirname, "corpus-holdout-31");
/** The thirty-second held-out batch (content/corpus-holdout-32/README.md). */
export const HOLDOUT32_DIR = path.resolve(import.meta.dirname, "corpus-holdout-32");
/** Folders whose texts nobody tuning the structurer may read: summarised only. */
/**
 * Texts written for the tuning corpus (gold file first, by its conventions) whose misses no rule fixes yet: they
 * would break the corpus floors, so they wait here, scored on demand (`npm run -s structure:score -- --verbose
 * content/corpus-unsolved`), and move into content/corpus when a general rule gets them right.
 */
export const UNSOLVED_DIR = path.resolve(import.meta.dirname, "corpus-unsolved");

export const HELD_OUT_DIRS: readonly string[] = [HOLDOUT10_DIR, HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR, HOLDOUT21_DIR, HOLDOUT22_DIR, HOLDOUT23_DIR, HOLDOUT24_DIR, HOLDOUT25_DIR, HOLDOUT26_DIR, HOLDOUT27_DIR, HOLDOUT28_DIR, HOLDOUT29_DIR, HOLDOUT30_DIR, HOLDOUT31_DIR, HOLDOUT32_DIR];
/**
 * Held-out folders that have been opened for tuning (each README says when and by whom):
 * they no longer measure generalisation, so the score command prints their per-text
 * differences like the tuning corpus. The others in HELD_OUT_DIRS stay summarised only.
 */
export const OPENED_DIRS: readonly string[] = [HOLDOUT10_DIR, HOLDOUT11_DIR, HOLDOUT12_DIR, HOLDOUT13_DIR, HOLDOUT14_DIR, HOLDOUT15_DIR, HOLDOUT16_DIR, HOLDOUT17_DIR, HOLDOUT18_DIR, HOLDOUT19_DIR, HOLDOUT20_DIR, HOLDOUT21_DIR, HOLDOUT22_DIR, HOLDOUT23_DIR, HOLDOUT24_DIR, HOLDOUT25_DIR, HOLDOUT26_DIR, HOLDOUT27_DIR, HOLDOUT28_DIR, HOLDOUT29_DIR];

/** Extensions of corpus texts; anything else in the folder (README, gold, scripts) is not a text. */
export const TEXT_EXTENSIONS = [".txt", ".html", ".pdf"] as const;

export interface CorpusEntry {
  id: string;
  file: string;
  goldFile: string;
  ext: (typeof TEXT_EXTENSIONS)[number];
}

/** The texts of one corpus folder, sorted by id. */
export function listCorpus(dir: string): CorpusEntry[] {
  return readdirSync(dir)
    .filter((name) => (TEXT_EXTENSIONS as readonly string[]).includes(path.extname(name)))
    .sort()
    .map((name) => {
      const ext = path.extname(name) as CorpusEntry["ext"];
      const id = path.basename(name, ext);
      return { id, file: path.join(dir, name), goldFile: path.join(dir, `${id}.gold.yaml`), ext };
    });
}

/** Parse and validate one gold file; throws with the file name and the first problem. */
export function readGold(goldFile: string): Gold {
  const parsed = goldSchema.safeParse(parse(readFileSync(goldFile, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${goldFile}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every node of a gold tree, depth first. */
export function goldNodes(tree: GoldNode[]): GoldNode[] {
  const out: GoldNode[] = [];
  const walk = (n: GoldNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  tree.forEach(walk);
  return out;
}
