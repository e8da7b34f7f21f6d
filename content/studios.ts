// Loader for the sample studios in content/studios/studios.yaml (what a new
// install shows in the studio directory). Validated with zod; errors name the
// file and the entry.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";

export const STUDIOS_FILE = path.resolve(process.env.XS_ROOT ?? process.cwd(), "content/studios/studios.yaml");

const time = z.string().regex(/^\d{2}:\d{2}$/, 'time must be "HH:MM"');

const sessionSchema = z.strictObject({
  topic: z.string().min(1),
  in_days: z.number().int(),
  time,
  minutes: z.number().int().positive(),
  place: z.string().min(1),
  capacity: z.number().int().positive(),
  reserved_for_members: z.number().int().nonnegative().default(0),
  audience: z.enum(["public", "members"]).default("public"),
  status: z.enum(["published", "held"]).default("published"),
  closes_days_before: z.number().int().nonnegative().optional(),
  description: z.string().default(""),
  minutes_text: z.string().optional(),
  opinions: z
    .array(z.strictObject({ title: z.string().min(1), raised_by: z.string().default(""), body: z.string().min(1) }))
    .default([]),
});

const studioSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  name: z.string().min(1),
  district: z.string().min(1),
  street: z.string().default(""),
  community: z.string().default(""),
  address: z.string().default(""),
  sector: z.string().optional(),
  opening_hours: z.string().default(""),
  contact_phone: z.string().default(""),
  lead: z.string().optional(),
  members: z.array(z.string()).default([]),
  description: z.string().default(""),
  sessions: z.array(sessionSchema).default([]),
});

export type StudioEntry = z.infer<typeof studioSchema>;
export type StudioSessionEntry = z.infer<typeof sessionSchema>;

export function loadStudios(file = STUDIOS_FILE): StudioEntry[] {
  const data = parse(readFileSync(file, "utf8"));
  if (!Array.isArray(data)) throw new Error(`${path.basename(file)}: expected a list of studios`);
  return data.map((entry, i) => {
    const result = studioSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new Error(`${path.basename(file)}: studio ${i + 1} (${entry?.slug ?? "?"}): ${issue.path.join(".")}: ${issue.message}`);
    }
    return result.data;
  });
}
