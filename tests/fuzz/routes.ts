// Every route module under app/routes (plus the root), found on disk so a new
// route is fuzzed without editing the fuzzer. For each one: its URL pattern
// from the flat-routes file name, its params, and the form field names, query
// parameters and string literals its source (and the form/schema modules it
// imports) mentions — the inputs it actually reads.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface RouteInfo {
  /** File name relative to app/ (`routes/admin.users.$userId.tsx`). */
  file: string;
  /** URL segments; params are `{name}`, a splat is `{*}`. */
  segments: string[];
  params: string[];
  isApi: boolean;
  fields: string[];
  /** Candidate `intent` values. */
  intents: string[];
  /** Short string literals of the module: likely enum values. */
  literals: string[];
  acceptsFiles: boolean;
}

const APP = path.resolve(import.meta.dirname, "../../app");

/** Split a flat-routes file name on dots that are not escaped as `[.]`. */
export function routeSegments(fileName: string): { segments: string[]; params: string[] } {
  const stem = fileName.replace(/\.(tsx?|jsx?)$/, "");
  const raw: string[] = [];
  let current = "";
  for (let i = 0; i < stem.length; i++) {
    if (stem.startsWith("[.]", i)) {
      current += "[.]";
      i += 2;
    } else if (stem[i] === ".") {
      raw.push(current);
      current = "";
    } else current += stem[i];
  }
  raw.push(current);
  const segments: string[] = [];
  const params: string[] = [];
  for (const part of raw) {
    if (part === "_index" || part.startsWith("_")) continue;
    const text = part.replace(/_$/, "").replace(/\[(.)\]/g, "$1");
    if (text === "$") {
      params.push("*");
      segments.push("{*}");
      continue;
    }
    const m = text.match(/^\$(\w+)(.*)$/);
    if (m) {
      params.push(m[1]);
      segments.push(`{${m[1]}}${m[2]}`);
    } else segments.push(text);
  }
  return { segments, params };
}

/** The `~/…` modules a route imports that describe forms: schemas, field components, API parsers. */
function formModules(source: string): string[] {
  const out: string[] = [];
  for (const [, spec] of source.matchAll(/from "~\/([^"]+)"/g)) {
    if (!/schema|fields|form|api|preview/.test(spec)) continue;
    for (const ext of [".ts", ".tsx"]) {
      const file = path.join(APP, spec + ext);
      if (existsSync(file)) out.push(readFileSync(file, "utf8"));
    }
  }
  return out;
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** Field names, intents and literals read from a module's source. */
export function extractInputs(source: string, extra: string[] = []) {
  const all = [source, ...extra].join("\n");
  const fields = new Set<string>();
  const patterns = [/\bname="([^"{}]{1,60})"/g, /\bname: "([^"]{1,60})"/g, /inputProps\("([^"]{1,60})"/g, /\.get(?:All)?\("([^"]{1,60})"\)/g, /\b(\w{1,40})\??: z\b/g, /\b(\w{1,40}): (?:\w+\.)?(?:optional|nullable)?\(?(?:z|\w+Schema|\w+Field)\b/g];
  for (const re of patterns) for (const m of all.matchAll(re)) fields.add(m[1]);
  for (const noise of ["Cookie", "Content-Type", "content-type", "description", "viewport", "charset"]) fields.delete(noise);
  const intents = new Set<string>();
  for (const re of [/z\.literal\("([^"]+)"\)/g, /\bvalue="([^"{}]+)"/g, /case "([^"]+)":/g, /intent === "([^"]+)"/g]) {
    for (const m of all.matchAll(re)) intents.add(m[1]);
  }
  const literals = uniq([...source.matchAll(/"([^"\n\\]{1,40})"/g)].map((m) => m[1]).filter((s) => !s.startsWith("~/") && !s.startsWith("@")));
  return { fields: uniq(fields), intents: uniq(intents), literals };
}

export function discoverRoutes(): RouteInfo[] {
  const files = ["root.tsx", ...readdirSync(path.join(APP, "routes")).map((f) => `routes/${f}`)].filter(
    (f) => /\.(tsx?|jsx?)$/.test(f) && !/\.test\.tsx?$/.test(f),
  );
  return files.sort().map((file) => {
    const source = readFileSync(path.join(APP, file), "utf8");
    const { segments, params } = file === "root.tsx" ? { segments: [], params: [] } : routeSegments(path.basename(file));
    const { fields, intents, literals } = extractInputs(source, formModules(source));
    return {
      file,
      segments,
      params,
      isApi: segments[0] === "api",
      fields,
      intents,
      literals,
      acceptsFiles: /type="file"|instanceof File|parseMultipartFormData/.test(source),
    };
  });
}

/** The request URL for a route with the given param values (percent-encoded). */
export function urlFor(route: RouteInfo, params: Record<string, string>): string {
  const encode = (v: string) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, "\ufffd"));
  const parts = route.segments.map((s) =>
    s.replace(/\{([^}]+)\}/g, (_, name: string) => (name === "*" ? (params["*"] ?? "").split("/").map(encode).join("/") : encode(params[name] ?? ""))),
  );
  return "/" + parts.join("/");
}
