// The engine contract on a real Meilisearch: runs only when MEILI_HOST is set
// (no Meilisearch server could be installed on the development machine, so
// there it is skipped; see README).
import { randomBytes } from "node:crypto";
import { afterAll, describe } from "vitest";
import { runContract } from "./contract";
import { MeiliSearchEngine } from "./meili-engine";

const host = process.env.MEILI_HOST;

describe.skipIf(!host)("Meilisearch engine", () => {
  const engine = new MeiliSearchEngine({
    host: host ?? "http://127.0.0.1:7700",
    apiKey: process.env.MEILI_API_KEY,
    indexUid: `xs_contract_${randomBytes(4).toString("hex")}`,
  });
  afterAll(async () => {
    await engine.client.deleteIndexIfExists(engine.indexUid);
  });
  runContract("meilisearch", () => engine);
});
