import { z } from "zod";

// Environment parsed once at boot: a bad value stops the server with a clear
// message instead of failing later inside a request.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().positive().default(3000),
  DATABASE_URL: z.string().url().optional(),
  XS_DATA_DIR: z.string().default(".data"),
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  /** Extra origins allowed to POST (comma-separated), e.g. the public URL behind a proxy. */
  ALLOWED_ORIGINS: z.string().default(""),
  /** Force the Secure flag on cookies ("true"), or leave it to the request's scheme. */
  COOKIE_SECURE: z.enum(["true", "false", "auto"]).default("auto"),
  /** Seed demo accounts on an empty database (on by default; set "false" in production). */
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  LOG_LEVEL: z.enum(["silent", "error", "info", "debug"]).default("info"),
  /** Memory for cached anonymous public pages (app/utils/response-cache.server.ts); 0 turns the cache off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  /** Page and API reads the server works on at once; more wait their turn in arrival order (server/admission.mjs). 0 (the default): no limit. */
  ACTIVE_REQUESTS: z.coerce.number().int().min(0).max(1024).default(0),
  /** Requests that may wait for a turn; beyond that a request is answered 503 with Retry-After. */
  REQUEST_QUEUE: z.coerce.number().int().min(1).max(100_000).default(1000),
  /** The site's public address (https://xieshang.example) for canonical links, feeds and the sitemap; unset: the request's origin. */
  PUBLIC_ORIGIN: z
    .string()
    .url()
    .refine((u) => /^https?:$/.test(new URL(u).protocol), "must be http(s)")
    .transform((u) => new URL(u).origin)
    .optional(),
  /** Requests per minute allowed to one API token (per server process). */
  API_TOKEN_RATE_LIMIT: z.coerce.number().int().positive().max(1_000_000).default(120),
});

export type Env = z.infer<typeof schema>;
let parsed: Env | null = null;

export function getEnv(): Env {
  if (parsed) return parsed;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  parsed = result.data;
  return parsed;
}
