/// <reference types="vite/client" />
// Shared by the OpenAPI tests: the API route modules, a caller, and a check of a
// response body against its documented schema (closed: undocumented fields fail).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openapi } from "../app/utils/openapi/index.server";

export type Handler = (args: LoaderFunctionArgs | ActionFunctionArgs) => Promise<Response>;
type RouteModule = { loader?: Handler; action?: Handler };
type Operation = { responses: Record<string, { content?: { "application/json"?: { schema: object } } }> };

export const modules = import.meta.glob<RouteModule>("../app/routes/api.v1.*.ts", { eager: true });
export const doc = openapi as unknown as { paths: Record<string, Record<string, Operation>>; components: object };

/** `api.v1.sessions.$sessionId.signups` → `/api/v1/sessions/{}/signups`. */
export function pathOf(file: string) {
  const name = file.replace(/^.*\/routes\//, "").replace(/\.ts$/, "");
  return "/" + name.split(".").map((part) => (part.startsWith("$") ? "{}" : part)).join("/");
}
export const normalise = (path: string) => path.replace(/\{[^}]+\}/g, "{}");
/** The route's params, each set to "1": `$sessionId` → `{ sessionId: "1" }`. */
export const paramsOf = (file: string) => Object.fromEntries([...file.matchAll(/\$(\w+)/g)].map((m) => [m[1], "1"]));

export async function call(fn: Handler | undefined, url: string, init: RequestInit = {}, params: Record<string, string> = {}) {
  let res: Response;
  try {
    res = await fn!({ request: new Request(`http://localhost${url}`, init), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    res = thrown;
  }
  return res;
}

/**
 * The same schemas, but an object may only have the properties its schema
 * names: an undocumented field in a response fails the test. Parts of an
 * allOf are checked as a whole (the parent gets the rule, not each part).
 */
function closed<T>(schema: T, partOfAllOf = new Set<string>()): T {
  const walk = (node: unknown, inAllOf: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, inAllOf));
    if (!node || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === "allOf" ? walk(v, true) : walk(v, false);
    if (out.allOf || (out.properties && !inAllOf)) out.unevaluatedProperties = false;
    return out;
  };
  const result = walk(schema, false) as { components?: { schemas: Record<string, Record<string, unknown>> } };
  for (const name of partOfAllOf) delete result.components?.schemas[name]?.unevaluatedProperties;
  return result as T;
}
const allOfParts = new Set(
  [...JSON.stringify(openapi).matchAll(/"allOf":\[\{"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]),
);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
/** Validate a body against the documented schema of `path` `method` `status`. */
export function expectMatches(path: string, method: string, status: number, body: unknown) {
  const op = doc.paths[path]?.[method];
  expect(op, `${method} ${path} is documented`).toBeTruthy();
  const response = op.responses[String(status)];
  expect(response, `${method} ${path} documents status ${status}`).toBeTruthy();
  const schema = response.content?.["application/json"]?.schema;
  expect(schema, `${method} ${path} ${status} has a JSON schema`).toBeTruthy();
  // The document's components travel with the schema, so its $refs resolve.
  const validate = ajv.compile(closed({ ...schema, components: doc.components }, allOfParts));
  const valid = validate(body);
  expect(valid ? [] : validate.errors!.slice(0, 5).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`), `${method} ${path} → ${status}`).toEqual([]);
}

export async function getJson(path: string, url: string, params: Record<string, string> = {}, status = 200) {
  const file = Object.keys(modules).find((f) => normalise(pathOf(f)) === normalise(path))!;
  const res = await call(modules[file].loader, url, {}, params);
  expect(res.status, url).toBe(status);
  const body = await res.json();
  expectMatches(path, "get", status, body);
  return body;
}

