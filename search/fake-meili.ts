// A stand-in for Meilisearch's HTTP API (third-party HTTP, so a fake is fair):
// just enough for writes — indexes, settings, documents, tasks — and switchable
// between up, answering 503, and refusing connections, to test the outbox
// without a Meilisearch server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Doc {
  id: string;
  group: string;
  title: string;
}

/** Just enough of Meilisearch's HTTP API for writes: indexes, settings, documents, tasks. */
export class FakeMeili {
  up = true;
  docs = new Map<string, Map<string, Doc>>();
  tasks: { uid: number; status: "succeeded" | "failed"; error: { message: string; code: string } | null }[] = [];
  log: string[] = [];
  server: Server;
  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }
  private port = 0;
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  /** Listen (again) on the same port: 0 picks a free one the first time. */
  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }
  /** Stop listening and cut open connections: clients get ECONNREFUSED, as when Meilisearch is stopped. */
  async refuse(): Promise<void> {
    const closed = new Promise((resolve) => this.server.close(resolve));
    this.server.closeAllConnections();
    await closed;
  }
  private task(res: ServerResponse, indexUid: string | null, ok = true, code = "") {
    const uid = this.tasks.length;
    this.tasks.push({ uid, status: ok ? "succeeded" : "failed", error: ok ? null : { message: code, code } });
    res.writeHead(202, { "content-type": "application/json" });
    res.end(JSON.stringify({ taskUid: uid, indexUid, status: "enqueued", type: "x", enqueuedAt: new Date().toISOString() }));
  }
  private async handle(req: IncomingMessage, res: ServerResponse) {
    let body = "";
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? "/", "http://x");
    if (!this.up) {
      res.writeHead(503, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: "down", code: "unavailable", type: "system", link: "" }));
      return;
    }
    const json = body ? JSON.parse(body) : null;
    let m: RegExpMatchArray | null;
    if (req.method === "GET" && (m = url.pathname.match(/^\/tasks\/(\d+)$/))) {
      const t = this.tasks[Number(m[1])];
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ...t, indexUid: null, type: "x", enqueuedAt: "", startedAt: "", finishedAt: "", duration: "", canceledBy: null, batchUid: 0 }));
    } else if (req.method === "POST" && url.pathname === "/indexes") {
      const exists = this.docs.has(json.uid);
      if (!exists) this.docs.set(json.uid, new Map());
      this.task(res, json.uid, !exists, "index_already_exists");
    } else if ((m = url.pathname.match(/^\/indexes\/([^/]+)\/settings$/))) {
      this.task(res, m[1]);
    } else if (req.method === "POST" && (m = url.pathname.match(/^\/indexes\/([^/]+)\/documents$/))) {
      const index = this.docs.get(m[1]) ?? new Map();
      this.docs.set(m[1], index);
      for (const d of json as Doc[]) index.set(d.id, d);
      this.log.push(`add ${(json as Doc[]).map((d) => d.id).join(",")}`);
      this.task(res, m[1]);
    } else if (req.method === "POST" && (m = url.pathname.match(/^\/indexes\/([^/]+)\/documents\/delete-batch$/))) {
      for (const id of json as string[]) this.docs.get(m[1])?.delete(id);
      this.log.push(`delete ${(json as string[]).join(",")}`);
      this.task(res, m[1]);
    } else if (req.method === "POST" && (m = url.pathname.match(/^\/indexes\/([^/]+)\/documents\/delete$/))) {
      // Filters the engine sends: [`group = "…"`, `id NOT IN ["…", …]`]
      const filter = json.filter as string[];
      const group = filter[0].match(/^group = "(.*)"$/)![1];
      const keep = new Set(filter[1] ? [...filter[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]) : []);
      const index = this.docs.get(m[1]) ?? new Map<string, Doc>();
      for (const [id, d] of index) if (d.group === group && !keep.has(id)) index.delete(id);
      this.log.push(`delete group ${group}`);
      this.task(res, m[1]);
    } else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `no route ${req.method} ${url.pathname}`, code: "not_found", type: "invalid_request", link: "" }));
    }
  }
}

