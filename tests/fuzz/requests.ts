// Builds one random request for a route: a GET with random query parameters
// for loaders; for actions a form (urlencoded or multipart, with the field
// names the route reads, random intents, missing and duplicated fields,
// files with lying types and names), a JSON body for API routes (random
// shapes and malformed JSON), or a body that is not what it claims to be.
import type { RouteInfo } from "./routes";
import { FILE_NAMES, HOSTILE_REDIRECTS, MALFORMED_JSON, chance, deepJson, fieldValue, fileBytes, hostile, hostileHeaders, jsonValue, pick, type Next } from "./inputs";

export interface FuzzRequest {
  request: Request;
  /** Short description for the failure report. */
  summary: string;
}

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…(${s.length})` : s);
const show = (v: unknown) => clip(typeof v === "string" ? JSON.stringify(v) : String(v instanceof File ? `File(${JSON.stringify(v.name)},${v.type},${v.size})` : JSON.stringify(v)));

interface Ctx {
  next: Next;
  route: RouteInfo;
  ids: number[];
}

/** Field/value pairs: each known field present with p=0.7, sometimes twice, plus an intent and a stray field. */
function pairs({ next, route, ids }: Ctx): [string, string][] {
  const out: [string, string][] = [];
  const literals = [...route.literals, ...route.intents];
  if (route.intents.length && chance(next, 0.85)) out.push(["intent", chance(next, 0.75) ? pick(next, route.intents) : hostile(next)]);
  for (const name of route.fields) {
    if (name === "intent" || !chance(next, 0.7)) continue;
    const times = chance(next, 0.1) ? 2 : 1;
    for (let i = 0; i < times; i++) out.push([name, fieldValue(next, name, literals, ids)]);
  }
  if (chance(next, 0.1)) out.push([hostile(next).slice(0, 50), hostile(next)]);
  return out;
}

function query(ctx: Ctx): string {
  if (!chance(ctx.next, 0.7)) return "";
  const sp = new URLSearchParams();
  for (const [k, v] of pairs(ctx)) if (chance(ctx.next, 0.5)) sp.append(k, v);
  if (chance(ctx.next, 0.05)) sp.append("redirectTo", pick(ctx.next, HOSTILE_REDIRECTS));
  const s = sp.toString();
  return s ? `?${s}` : "";
}

export function loaderRequest(ctx: Ctx, url: string, headers: Headers): FuzzRequest {
  const full = `http://localhost${url}${query(ctx)}`;
  if (chance(ctx.next, 0.2)) hostileHeaders(ctx.next, headers);
  const method = chance(ctx.next, 0.9) ? "GET" : pick(ctx.next, ["HEAD", "OPTIONS"]);
  return { request: new Request(full, { method, headers }), summary: `${method} ${clip(decodeURIComponentSafe(full.slice(16)), 160)}` };
}

function decodeURIComponentSafe(s: string) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function formBody(ctx: Ctx, multipart: boolean): { body: BodyInit; summary: string } {
  // Upload forms: half the time just an intent and the file, so uploads get as far as storing.
  const bare = multipart && ctx.route.acceptsFiles && chance(ctx.next, 0.5);
  const list = bare ? pairs(ctx).filter(([k]) => k === "intent") : pairs(ctx);
  if (!multipart) {
    const sp = new URLSearchParams(list);
    return { body: sp, summary: `form ${list.map(([k, v]) => `${k}=${show(v)}`).join(" ")}` };
  }
  const fd = new FormData();
  for (const [k, v] of list) fd.append(k, v);
  if (ctx.route.acceptsFiles || chance(ctx.next, 0.2)) {
    const { bytes, type } = fileBytes(ctx.next, ctx.route.acceptsFiles && chance(ctx.next, 0.04));
    const file = new File([bytes], pick(ctx.next, FILE_NAMES), { type });
    fd.append(chance(ctx.next, 0.8) ? "file" : pick(ctx.next, ctx.route.fields.length ? ctx.route.fields : ["file"]), file);
  }
  const entries = [...fd.entries()].map(([k, v]) => `${k}=${show(v)}`);
  return { body: fd, summary: `multipart ${entries.join(" ")}` };
}

function jsonBody(ctx: Ctx): { body: string; summary: string } {
  const { next, route, ids } = ctx;
  const literals = [...route.literals, ...route.intents];
  const r = next();
  let value: unknown;
  if (r < 0.15) {
    const text = pick(next, MALFORMED_JSON);
    return { body: text, summary: `json-text ${show(text)}` };
  } else if (r < 0.25) value = jsonValue(next, "body", literals, ids);
  else {
    const obj: Record<string, unknown> = {};
    if (route.intents.length && chance(next, 0.8)) obj[pick(next, ["action", "intent", "decision"])] = pick(next, route.intents);
    for (const name of route.fields) if (chance(next, 0.7)) obj[name] = jsonValue(next, name, literals, ids);
    value = obj;
  }
  const text = JSON.stringify(value) ?? "null";
  return { body: text, summary: `json ${clip(text, 300)}` };
}

/** Bytes that claim to be something they are not. */
function lyingBody(next: Next): { body: BodyInit; type: string; summary: string } {
  const type = pick(next, [
    "multipart/form-data; boundary=xyz",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/json",
    "text/plain",
    "application/octet-stream",
    "multipart/form-data; boundary=" + "b".repeat(200),
  ]);
  const body = pick(next, [
    "--xyz\r\nContent-Disposition: form-data; name=\"intent\"\r\n\r\nsave", // unterminated
    "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1\r\n--xyz--\r\n",
    "garbage\u0000\u0001",
    "%E0%A4%A=%%",
    "a=" + "%".repeat(100),
    "",
    "--xyz--",
    "\xff\xfe\xfd",
  ]);
  return { body, type, summary: `raw ${type} ${show(body)}` };
}

export function actionRequest(ctx: Ctx, url: string, headers: Headers): FuzzRequest {
  const { next, route } = ctx;
  const method = chance(next, 0.9) ? "POST" : pick(next, ["PUT", "PATCH", "DELETE"]);
  const full = `http://localhost${url}${chance(next, 0.2) ? query(ctx) : ""}`;
  if (chance(next, 0.2)) hostileHeaders(next, headers);
  const r = next();
  let body: BodyInit | undefined;
  let summary: string;
  if (r < 0.03) {
    // Over the body limit for its kind of route (issue 14, item 4): refused with 413, never read whole.
    const json = route.isApi && chance(next, 0.7);
    headers.set("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
    body = json ? `{"action":"note","body":"${"a".repeat(1_200_000)}"}` : `intent=save&body=${"a".repeat(1_200_000)}`;
    summary = `oversized ${json ? "json" : "form"} (1.2 MB)`;
  } else if (r < 0.05 && route.isApi) {
    const text = deepJson(next);
    headers.set("Content-Type", "application/json");
    body = text;
    summary = `deep json (${text.length} chars)`;
  } else if (r < 0.08) {
    const lie = lyingBody(next);
    headers.set("Content-Type", lie.type);
    body = lie.body;
    summary = lie.summary;
  } else if (r < 0.12) {
    summary = "no body";
  } else if (route.isApi ? r < 0.85 : r < 0.18) {
    const j = jsonBody(ctx);
    headers.set("Content-Type", chance(next, 0.9) ? "application/json" : "text/plain");
    body = j.body;
    summary = j.summary;
  } else {
    const f = formBody(ctx, route.acceptsFiles ? chance(next, 0.7) : chance(next, 0.15));
    body = f.body;
    summary = f.summary;
  }
  return { request: new Request(full, { method, headers, body }), summary: `${method} ${clip(decodeURIComponentSafe(full.slice(16)), 120)} ${clip(summary, 400)}` };
}
