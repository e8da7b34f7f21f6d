// The public JSON API, called through the route loaders against a real database.
import { describe, expect, it } from "vitest";
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as documentsList from "../app/routes/api.v1.documents";
import * as documentOne from "../app/routes/api.v1.documents.$slug";
import * as recList from "../app/routes/api.v1.recommendations";
import * as recOne from "../app/routes/api.v1.recommendations.$recommendationId";
import * as deptList from "../app/routes/api.v1.departments";
import * as deptOne from "../app/routes/api.v1.departments.$departmentId";
import * as orgList from "../app/routes/api.v1.organisations";
import * as openapiRoute from "../app/routes/api.v1.openapi[.]json";

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

async function call(loader: unknown, url: string, params: Record<string, string> = {}) {
  let res: Response;
  try {
    res = await (loader as Loader)({ request: new Request(`http://localhost${url}`), params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    res = thrown;
  }
  return { status: res.status, body: await res.json() };
}

describe("/api/v1", () => {
  it("pages through every document with the cursor, without repeats", async () => {
    const seen: number[] = [];
    let cursor: number | null = null;
    for (let i = 0; i < 50; i++) {
      const { status, body } = await call(documentsList.loader, `/api/v1/documents?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
      expect(status).toBe(200);
      seen.push(...body.data.map((d: { id: number }) => d.id));
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(14);
  });

  it("filters documents by kind and rejects bad parameters with a JSON error", async () => {
    const { body } = await call(documentsList.loader, "/api/v1/documents?kind=research_report&limit=100");
    expect(body.data.length).toBeGreaterThanOrEqual(4);
    expect(body.data.every((d: { kind: string }) => d.kind === "research_report")).toBe(true);
    for (const bad of ["?kind=speech", "?limit=0", "?limit=1000", "?cursor=-1", "?year=abc", "?cursor=1%27%3B--"]) {
      const res = await call(documentsList.loader, `/api/v1/documents${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.error.code).toBe("invalid_parameter");
    }
  });

  it("returns a document tree whose recommendations resolve one by one", async () => {
    const { body: list } = await call(documentsList.loader, "/api/v1/documents?limit=1");
    const slug = list.data[0].slug;
    const { status, body } = await call(documentOne.loader, `/api/v1/documents/${slug}`, { slug });
    expect(status).toBe(200);
    const leaves: { id: number; anchor: string }[] = [];
    const walk = (nodes: { id: number; anchor: string; isRecommendation: boolean; children: never[] }[]) =>
      nodes.forEach((n) => (n.isRecommendation ? leaves.push(n) : walk(n.children)));
    walk(body.data.children);
    expect(leaves.length).toBe(list.data[0].recommendations);
    const one = await call(recOne.loader, `/api/v1/recommendations/${leaves[0].id}`, { recommendationId: String(leaves[0].id) });
    expect(one.body.data.anchorUrl).toBe(`/documents/${slug}#${leaves[0].anchor}`);
    expect(one.body.data.timeline[0].action).toBe("recommendation.published");
    expect((await call(documentOne.loader, "/api/v1/documents/none", { slug: "none" })).status).toBe(404);
    expect((await call(recOne.loader, "/api/v1/recommendations/99999999", { recommendationId: "99999999" })).status).toBe(404);
  });

  it("lists recommendations naming a department", async () => {
    const { body: depts } = await call(deptList.loader, "/api/v1/departments?q=市民政局");
    const mz = depts.data.find((d: { name: string }) => d.name === "市民政局");
    const { body } = await call(recList.loader, `/api/v1/recommendations?department=${mz.id}&limit=100`);
    expect(body.data.length).toBeGreaterThan(0);
    for (const r of body.data) expect(r.departments.map((d: { id: number }) => d.id)).toContain(mz.id);
    const detail = await call(deptOne.loader, `/api/v1/departments/${mz.id}`, { departmentId: String(mz.id) });
    expect(detail.body.data.recommendations.length).toBe(body.data.length);
  });

  it("lists organisations and departments with cursors", async () => {
    const first = await call(orgList.loader, "/api/v1/organisations?limit=10");
    const second = await call(orgList.loader, `/api/v1/organisations?limit=10&cursor=${first.body.nextCursor}`);
    expect(second.body.data[0].id).toBeGreaterThan(first.body.data[9].id);
    const depts = await call(deptList.loader, "/api/v1/departments?limit=100");
    expect(depts.body.nextCursor).not.toBeNull();
  });

  it("describes itself in OpenAPI 3.1, with a path for every list endpoint", async () => {
    const { body } = await call(openapiRoute.loader, "/api/v1/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/v1/documents", "/api/v1/documents/{slug}", "/api/v1/recommendations", "/api/v1/recommendations/{id}", "/api/v1/departments", "/api/v1/organisations"]),
    );
  });
});
