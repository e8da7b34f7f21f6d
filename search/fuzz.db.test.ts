// Fuzz: random and hostile queries through the search service and the API
// route, on the PostgreSQL engine. Every answer must be a valid result (or an
// empty one), never an error. Seeded afresh each run, so every run tries other
// queries: the seed is printed, FUZZ_SEED=<n> replays a run and FUZZ_SCALE=<k>
// multiplies the number of queries (as tests/fuzz-routes.db.test.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as apiSearch from "../app/routes/api.v1.search";
import * as searchPage from "../app/routes/search";
import { HOSTILE, randomQuery, rng } from "./fuzz-inputs";
import { ensureSearchIndex, setSearchEngine } from "./index";
import { PgSearchEngine } from "./pg-engine";
import { search, type SearchView } from "./service";

const engine = new PgSearchEngine();
let previous: ReturnType<typeof setSearchEngine>;
beforeAll(async () => {
  previous = setSearchEngine(engine);
  await ensureSearchIndex(engine);
});
afterAll(() => {
  setSearchEngine(previous);
});

function checkView(view: SearchView, q: string) {
  const label = JSON.stringify(q.slice(0, 60));
  expect(view.unavailable, label).toBe(false);
  expect(Number.isInteger(view.total) && view.total >= 0, label).toBe(true);
  expect(view.hits.length, label).toBeLessThanOrEqual(view.limit);
  expect(view.hits.length, label).toBeLessThanOrEqual(view.total);
  for (const h of view.hits) {
    expect(h.url, label).toMatch(/^\/documents\/[a-z0-9-]+(#r-[0-9-]+)?$/);
    // Only <mark> survives in the highlighted HTML.
    for (const html of [h.titleHtml, h.snippetHtml]) expect(html.replace(/<\/?mark>/g, ""), label).not.toMatch(/[<>]/);
  }
  expect(view.q.length, label).toBeLessThanOrEqual(200);
}

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const QUERIES_PER_ROUND = Math.round(400 * SCALE);

const FILTERS = [{}, { kind: "recommendation" as const }, { year: 2026 }, { departmentId: 1 }, { organisationId: 2, category: "party_proposal" }];

describe("search fuzz", () => {
  it("answers every hostile query", async () => {
    for (const q of HOSTILE) checkView(await search({ q, filters: {} }, { offset: 0, limit: 20 }), q);
  });

  for (let round = 0; round < 2; round++) {
    it(`answers ${QUERIES_PER_ROUND} random queries (round ${round + 1}, FUZZ_SEED=${SEED})`, async () => {
      const next = rng(SEED + round);
      for (let i = 0; i < QUERIES_PER_ROUND; i++) {
        const q = randomQuery(next);
        const filters = FILTERS[i % FILTERS.length];
        const offset = i % 7 === 0 ? Math.floor(next() * 50) : 0;
        checkView(await search({ q, filters }, { offset, limit: 1 + (i % 20) }), q);
      }
    }, 120_000 * Math.max(1, SCALE));
  }

  it("keeps the API and the page answering for hostile query strings", async () => {
    const call = async (loader: unknown, url: string) => {
      try {
        return await (loader as (a: LoaderFunctionArgs) => Promise<Response>)({
          request: new Request(url),
          params: {},
          context: { ip: "127.0.0.1", cspNonce: "" },
        });
      } catch (thrown) {
        if (thrown instanceof Response) return thrown;
        throw thrown;
      }
    };
    const next = rng(SEED + 7);
    const queries = [...HOSTILE, ...Array.from({ length: Math.round(100 * SCALE) }, () => randomQuery(next))];
    for (const q of queries) {
      const qs = new URLSearchParams({ q }).toString();
      const api = await call(apiSearch.loader, `http://localhost/api/v1/search?${qs}`);
      expect(api.status, JSON.stringify(q.slice(0, 40))).toBe(200);
      const body = await api.json();
      expect(Array.isArray(body.data)).toBe(true);
      const pageQs = new URLSearchParams({ q, page: q.slice(0, 5), kind: q.slice(0, 8), department: q.slice(0, 3) }).toString();
      const page = await call(searchPage.loader, `http://localhost/search?${pageQs}`);
      expect(page.status, JSON.stringify(q.slice(0, 40))).toBe(200);
    }
    // Broken percent-encoding.
    for (const raw of ["q=%E0%A4%A", "q=%FF%FE%00", "q=%", "q=%%%", "q=%u0041", "q=%C0%AF"]) {
      expect((await call(apiSearch.loader, `http://localhost/api/v1/search?${raw}`)).status, raw).toBe(200);
      expect((await call(searchPage.loader, `http://localhost/search?${raw}`)).status, raw).toBe(200);
    }
    // Bad filters: the API says which, the page ignores them.
    const bad = await call(apiSearch.loader, "http://localhost/api/v1/search?q=x&kind=speech");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid_parameter");
    expect((await call(apiSearch.loader, "http://localhost/api/v1/search?q=x&cursor=-1")).status).toBe(400);
    expect((await call(searchPage.loader, "http://localhost/search?q=x&kind=speech&year=abc&page=-5")).status).toBe(200);
  }, 120_000 * Math.max(1, SCALE));
});
