import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { NonceProvider } from "./utils/nonce";
import { htmlToHant, scriptOf, toHant } from "./utils/script.server";
import { log } from "./utils/log.server";
import { privateCacheControl } from "./utils/cache-control.server";
import { withSessionCookie } from "./auth/session.server";
import { wholeBodyResponse } from "./utils/whole-body.server";

// The whole page is rendered before sending (no streaming): a page is then
// either complete or an error page, and the 简/繁 conversion sees all of it.
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext?.cspNonce ?? "";
  let html = renderToString(
    <NonceProvider value={nonce}>
      <RemixServer context={remixContext} url={request.url} nonce={nonce} />
    </NonceProvider>,
  );
  if (scriptOf(request) === "hant") html = htmlToHant(html);
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.append("Vary", "Cookie");
  privateCacheControl(request, responseHeaders);
  withSessionCookie(responseHeaders);
  // Bytes, remembered: server.mjs sends (and compresses) them in one piece (whole-body.server.ts).
  return wholeBodyResponse(Buffer.from("<!DOCTYPE html>" + html), { status: responseStatusCode, headers: responseHeaders });
}

// Client-side navigations fetch loader data as JSON: convert it the same way,
// so a page rendered in the browser matches one rendered on the server.
export const handleDataRequest: HandleDataRequestFunction = async (response, { request }) => {
  privateCacheControl(request, response.headers);
  withSessionCookie(response.headers);
  if (scriptOf(request) !== "hant") return response;
  if (!response.headers.get("Content-Type")?.includes("application/json")) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("Content-Length");
  return new Response(toHant(text), { status: response.status, statusText: response.statusText, headers });
};

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  const e = error instanceof Error ? error : new Error(String(error));
  log("error", "unhandled error", { url: request.url, method: request.method, error: e.message, stack: e.stack });
}

// Used by server.mjs, which is plain JavaScript and reaches TypeScript through the build.
export { ensureReady } from "./utils/startup.server";
export { isAllowedOrigin } from "./utils/origin.server";
export { closeDatabase } from "../db/client";
export { countingQueries } from "../db/query-count";
export { getEnv } from "./utils/env.server";
export { productionPageCache } from "./utils/page-cache.server";
export { requestOrigin } from "./utils/request-origin.server";
export { bodyLimitFor } from "./utils/body-limits.server";
export { encodeWholeBody, wholeBodyOf } from "./utils/whole-body.server";
