// Call a route module's loader or action the way Remix does, as a given role,
// and get the Response back (thrown Responses included). Shared by the
// security regression tests (issue 14).
import path from "node:path";
import { cookieFor, type RoleName } from "../fuzz/fixtures";

const APP = path.resolve(import.meta.dirname, "../../app");
type Handler = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

export interface CallOptions {
  role?: RoleName;
  init?: RequestInit;
  params?: Record<string, string>;
  ip?: string;
  /** A cookie header to send instead of the role's session. */
  cookie?: string;
}

export async function call(file: string, kind: "loader" | "action", url: string, options: CallOptions = {}): Promise<Response> {
  const mod = (await import(/* @vite-ignore */ path.join(APP, "routes", file))) as Record<string, Handler>;
  const headers = new Headers(options.init?.headers);
  const cookie = options.cookie ?? (options.role ? await cookieFor(options.role) : null);
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(`http://localhost${url}`, { ...options.init, headers, ...(options.init?.body ? { duplex: "half" } : {}) } as RequestInit);
  let result: unknown;
  try {
    result = await mod[kind]({ request, params: options.params ?? {}, context: { ip: options.ip ?? "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  if (result instanceof Response) return result;
  return new Response(JSON.stringify(result ?? null), { status: 200, headers: { "Content-Type": "application/json" } });
}

export const form = (fields: Record<string, string>): RequestInit => ({ method: "POST", body: new URLSearchParams(fields) });
export const jsonPost = (value: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...headers },
  body: typeof value === "string" ? value : JSON.stringify(value),
});
