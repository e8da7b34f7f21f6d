// Inputs the route fuzzer (fuzz-routes.db.test.ts) once answered with a 500,
// pinned so they stay fixed whatever seed the fuzzer draws. Each must now get
// a 4xx or a redirect — or, where the input is harmless once cleaned, a 200.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { cookieFor, type RoleName } from "./fuzz/fixtures";

const APP = path.resolve(import.meta.dirname, "../app");
type Handler = (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown;

async function call(file: string, kind: "loader" | "action", role: RoleName, url: string, init: RequestInit = {}, params: Record<string, string> = {}) {
  const mod = (await import(/* @vite-ignore */ path.join(APP, "routes", file))) as Record<string, Handler>;
  const cookie = await cookieFor(role);
  const headers = new Headers(init.headers);
  if (cookie) headers.set("Cookie", cookie);
  const request = new Request(`http://localhost${url}`, { ...init, headers });
  let result: unknown;
  try {
    result = await mod[kind]({ request, params, context: { ip: "127.0.0.1", cspNonce: "" } });
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    result = thrown;
  }
  return result instanceof Response ? result.status : 200;
}

const form = (fields: Record<string, string>): RequestInit => ({ method: "POST", body: new URLSearchParams(fields) });
const NUL = "\u0000";

describe("inputs that once caused a 500", () => {
  it.each([
    ["a JSON body posted to a form", "staff.studios.new.tsx", "staff", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }],
    ["a text/plain body", "register.tsx", "anonymous", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "a=b" }],
    ["no body at all", "settings.display.tsx", "citizen", { method: "PUT" }],
    ["broken multipart", "login.tsx", "anonymous", { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=xyz" }, body: "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb" }],
  ] as const)("%s gets 400", async (_what, file, role, init) => {
    expect(await call(file, "action", role, "/x", init as RequestInit)).toBe(400);
  });

  it("answers a body that is not multipart, sent to the upload routes, with 400", async () => {
    const init = () => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    // The author's own draft: whoever may not attach is refused before the body is read (issue 14, item 4).
    const { createProposal } = await import("../app/models/loop/proposals.server");
    const { userNamed } = await import("./fuzz/fixtures");
    const draft = await createProposal(await userNamed("member"), { title: "非表单上传", body: "正文", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    expect(await call("member.proposals.$proposalId.attachments.tsx", "action", "member", "/x", init(), { proposalId: String(draft.id) })).toBe(400);
    expect(await call("staff.documents.new.tsx", "action", "staff", "/x", init())).toBe(400);
  });

  it("treats NUL in a user name, a slug or a filter as ordinary input", async () => {
    expect(await call("login.tsx", "action", "anonymous", "/login", form({ username: `a${NUL}b`, password: "x" }))).toBe(401);
    expect(await call("catalogues.$slug._index.tsx", "loader", "member", "/catalogues/%00", {}, { slug: NUL })).toBe(404);
    for (const [file, url] of [
      ["departments._index.tsx", `/departments?q=${NUL}`],
      ["studios._index.tsx", `/studios?q=${NUL}&district=${NUL}`],
      ["api.v1.departments.ts", `/api/v1/departments?q=${NUL}`],
      ["api.v1.studios.ts", `/api/v1/studios?q=${NUL}&district=${NUL}`],
      ["api.v1.recommendations.ts", `/api/v1/recommendations?document=${NUL}`],
      ["api.v1.sessions.ts", `/api/v1/sessions?studio=${NUL}`],
    ] as const) {
      expect(await call(file, "loader", "citizen", url.replaceAll(NUL, "%00")), file).toBeLessThan(500);
    }
    expect(await call("admin.users._index.tsx", "loader", "admin", "/admin/users?q=%00")).toBe(200);
    expect(await call("admin.departments._index.tsx", "loader", "admin", "/admin/departments?q=%00")).toBe(200);
    // A user id that is a NUL (FUZZ_SEED=1810415694 on PostgreSQL): no such user, not a 500.
    expect(await call("admin.users.$userId.tsx", "loader", "admin", "/admin/users/%00", {}, { userId: NUL })).toBe(404);
  });

  it("refuses ids and versions beyond the integer column", async () => {
    expect(await call("staff.replies.tsx", "action", "staff", "/staff/replies", form({ replyId: "2147483648", decision: "approve", note: "" }))).toBe(400);
    const slug = "2026-committee-inclusive-childcare";
    expect(await call("documents.$slug.history.tsx", "loader", "citizen", `/documents/${slug}/history?v=13800000000`, {}, { slug })).toBeLessThan(500);
  });

  it("refuses a deadline that is not a date, and an unknown document slug", async () => {
    // Recommendations are assigned in a report's 交办 table now (issue 13).
    const slug = "2026-report-river-ecology";
    expect(await call("staff.documents.$slug.assign.tsx", "action", "staff", `/staff/documents/${slug}/assign`, form({ deadline: "建议" }), { slug })).toBe(400);
    // A NUL in the slug was a query error (500) on PGlite.
    expect(await call("staff.documents.$slug.assign.tsx", "action", "staff", "/staff/documents/%00/assign", form({ deadline: "" }), { slug: NUL })).toBe(404);
    expect(await call("staff.documents.$slug.assign.tsx", "loader", "staff", "/staff/documents/%00/assign", {}, { slug: NUL })).toBe(404);
    expect(await call("staff.documents._index.tsx", "action", "staff", "/staff/documents", form({ slug: "no-such-document" }))).toBe(404);
  });

  it("stores an upload with a path-traversal name under its hash, and refuses a lying type", async () => {
    const previous = process.env.XS_DATA_DIR;
    process.env.XS_DATA_DIR = mkdtempSync(path.join(tmpdir(), "xs-upload-"));
    onTestFinished(() => {
      rmSync(process.env.XS_DATA_DIR!, { recursive: true, force: true });
      if (previous === undefined) delete process.env.XS_DATA_DIR;
      else process.env.XS_DATA_DIR = previous;
    });
    const { db } = await import("../db/client");
    const { proposalAttachments } = await import("../db/loop.schema");
    const { createProposal } = await import("../app/models/loop/proposals.server");
    const { userNamed } = await import("./fuzz/fixtures");
    const { eq } = await import("drizzle-orm");
    const p = await createProposal(await userNamed("member"), { title: "附件测试", body: "正文", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    const upload = (bytes: number[], name: string, type: string) => {
      const fd = new FormData();
      fd.append("file", new File([new Uint8Array(bytes)], name, { type }));
      return { method: "POST", body: fd };
    };
    const pdf = [...Buffer.from("%PDF-1.4\n")];
    expect(await call("member.proposals.$proposalId.attachments.tsx", "action", "member", `/member/proposals/${p.id}/attachments`, upload(pdf, "../../etc/passwd", "text/plain"), { proposalId: String(p.id) })).toBe(302);
    expect(await call("member.proposals.$proposalId.attachments.tsx", "action", "member", `/member/proposals/${p.id}/attachments`, upload([0x3c, 0x73, 0x76, 0x67], "a.pdf", "application/pdf"), { proposalId: String(p.id) })).toBe(302);
    const stored = await db.select().from(proposalAttachments).where(eq(proposalAttachments.proposalId, p.id));
    expect(stored.map((a) => [a.fileName, a.mimeType])).toEqual([["passwd.pdf", "application/pdf"]]);
    expect(stored[0].storedName).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.pdf$/);
  });
});
