// pageData hands a document request's loader data to the render without a Response;
// the router that Remix runs on the server must still take it as the loader's JSON data.
import { createStaticHandler } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import { pageData } from "./page-data.server";

const data = { name: "委员1号", when: new Date(Date.UTC(2026, 11, 3)), gone: undefined, list: [1, 2] };
const asJson = JSON.parse(JSON.stringify(data)) as unknown;

async function loaderData(context: { documentRequest?: boolean }) {
  const handler = createStaticHandler([{ id: "root", path: "/", loader: () => pageData(context as never, data) }]);
  const result = await handler.query(new Request("http://localhost/"), { requestContext: context });
  if (result instanceof Response) throw new Error("unexpected response");
  return result;
}

describe("pageData", () => {
  it("gives the router, for a document request, the data exactly as json() would carry it", async () => {
    const context = await loaderData({ documentRequest: true });
    expect(context.statusCode).toBe(200);
    expect(context.errors).toBeNull();
    expect(context.loaderData.root).toEqual(asJson);
    expect(context.loaderHeaders.root.get("Content-Type")).toContain("application/json");
  });

  it("is a real json() Response for data requests and direct calls", async () => {
    const response = pageData(undefined, data);
    expect(response).toBeInstanceOf(Response);
    expect(await response.json()).toEqual(asJson);
    expect(pageData({ ip: "", cspNonce: "", documentRequest: false }, data)).toBeInstanceOf(Response);
    expect((await loaderData({})).loaderData.root).toEqual(asJson);
  });
});
