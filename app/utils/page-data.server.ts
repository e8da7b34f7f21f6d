// A loader's data for the page being rendered on the server, without the
// Response round trip. Remix 2 (without Single Fetch) wraps every loader's data
// in a Response — `json()`: the JSON text, its UTF-8 bytes, a web stream — and
// for a document request reads it straight back (`response.json()`: the stream,
// the bytes decoded, the text parsed) before rendering; the root, the page and
// every signed-in request pay that per loader (decision 014, tenth follow-up).
// For a document request (server.mjs sets `documentRequest` in the load context)
// pageData hands the router an object with the Response's shape whose json()
// returns the data as JSON would carry it (stringified and parsed, so the render
// sees exactly what `json()` gave and the browser hydrates with: no Date, no
// undefined). Data requests (`?_data`, client navigations) and direct calls
// (tests) get the real `json()` Response, which is what goes out over HTTP.
// The router accepts any value with status, statusText, headers and a body
// (`isResponse` in @remix-run/router and @remix-run/server-runtime) and reads
// JSON through `json()` when the Content-Type says so; page-data.server.test.ts
// renders through the real request handler to hold that.
import { json, type AppLoadContext, type TypedResponse } from "@remix-run/node";

/** `json(data)`, or for a document request the same data without the Response around it. */
export function pageData<T>(context: AppLoadContext | undefined, data: T): TypedResponse<T> {
  if (!context?.documentRequest) return json(data);
  const text = JSON.stringify(data) ?? "null";
  const light = {
    status: 200,
    statusText: "",
    headers: new Headers({ "Content-Type": "application/json; charset=utf-8" }),
    // Not null: the router reads a body it is told is JSON through json().
    body: "",
    bodyUsed: false,
    json: async () => JSON.parse(text) as unknown,
    text: async () => text,
  };
  return light as unknown as TypedResponse<T>;
}
