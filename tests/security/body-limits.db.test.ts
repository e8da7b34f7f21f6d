// Issue 14, items 4 and 6: bodies are bounded per kind of route and read only
// as far as the limit; uploads are authorized before a byte is read and are
// checked while they stream; huge values are never echoed; JSON nested 50,000
// deep is a 400, not a stack overflow. Bodies here are generated lazily, so
// the tests also see how much of each body the app actually pulled.
import { describe, expect, it } from "vitest";
import { createProposal } from "../../app/models/loop/proposals.server";
import { userNamed } from "../fuzz/fixtures";
import { call, jsonPost } from "./call";

const MiB = 1024 * 1024;
const enc = new TextEncoder();

/** A body of `size` bytes made on demand (64 KiB at a time), with optional head and tail. */
function lazyBody(size: number, fill = 0x61, head = new Uint8Array(), tail = new Uint8Array()) {
  let pulled = 0;
  let phase = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (phase === 0) {
        phase = 1;
        pulled += head.length;
        if (head.length) return c.enqueue(head);
      }
      if (phase === 1) {
        const left = size - (pulled - head.length);
        if (left > 0) {
          const n = Math.min(64 * 1024, left);
          pulled += n;
          return c.enqueue(new Uint8Array(n).fill(fill));
        }
        phase = 2;
      }
      if (phase === 2 && tail.length) {
        phase = 3;
        pulled += tail.length;
        return c.enqueue(tail);
      }
      c.close();
    },
  });
  return { stream, pulled: () => pulled };
}

const BOUNDARY = "xsboundary";
function multipartFile(fileBytes: number, fileHead: number[], name = "a.pdf") {
  const head = enc.encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="intent"\r\n\r\nupload\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const start = new Uint8Array(head.length + fileHead.length);
  start.set(head);
  start.set(fileHead, head.length);
  return lazyBody(fileBytes, 0x20, start, enc.encode(`\r\n--${BOUNDARY}--\r\n`));
}
const multipartHeaders = { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` };
const PDF = [...enc.encode("%PDF-1.4\n")];

describe("form bodies (item 4)", () => {
  it("refuses a 50 MB field on anonymous POST /login after reading about 1 MB, and echoes nothing", async () => {
    const prefix = enc.encode("username=");
    const body = lazyBody(50 * MiB, 0x61, prefix);
    const res = await call("login.tsx", "action", "/login", { init: { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: body.stream } });
    expect(res.status).toBe(413);
    expect((await res.text()).length).toBeLessThan(1000);
    expect(body.pulled()).toBeLessThan(1.2 * MiB);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const body = lazyBody(3 * MiB);
    const res = await call("login.tsx", "action", "/login", {
      init: { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(3 * MiB) }, body: body.stream },
    });
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it("never echoes more than the longest real field", async () => {
    const res = await call("login.tsx", "action", "/login", { init: { method: "POST", body: new URLSearchParams({ username: "x".repeat(900_000), password: "" }) } });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text.length).toBeLessThan(150_000);
  });
});

describe("uploads (item 4)", () => {
  it("checks who is asking before reading an upload", async () => {
    const member = await userNamed("member");
    const draft = await createProposal(member, { title: "上传授权测试", body: "正文", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    for (const role of ["anonymous", "citizen", "organisation", "department"] as const) {
      const body = multipartFile(72 * MiB, PDF);
      const res = await call("member.proposals.$proposalId.attachments.tsx", "action", `/member/proposals/${draft.id}/attachments`, {
        role,
        init: { method: "POST", headers: multipartHeaders, body: body.stream },
        params: { proposalId: String(draft.id) },
      });
      expect([302, 403, 404]).toContain(res.status);
      expect(body.pulled(), role).toBeLessThanOrEqual(64 * 1024);
    }
  });

  it("stops a file that is too big, or of the wrong kind, while it streams", async () => {
    const member = await userNamed("member");
    const draft = await createProposal(member, { title: "上传大小测试", body: "正文", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    const post = async (body: ReturnType<typeof lazyBody>) =>
      call("member.proposals.$proposalId.attachments.tsx", "action", `/member/proposals/${draft.id}/attachments`, {
        role: "member",
        init: { method: "POST", headers: multipartHeaders, body: body.stream },
        params: { proposalId: String(draft.id) },
      });
    const big = multipartFile(72 * MiB, PDF);
    const res = await post(big);
    expect(res.status).toBe(302);
    expect(decodeURIComponent(res.headers.get("Location")!)).toContain("文件不能超过 10 MB");
    expect(big.pulled()).toBeLessThan(11 * MiB);
    const exe = multipartFile(9 * MiB, [0x4d, 0x5a, 0x90, 0x00], "setup.pdf");
    const refused = await post(exe);
    expect(decodeURIComponent(refused.headers.get("Location")!)).toContain("只能上传 PDF 或图片");
    expect(exe.pulled()).toBeLessThan(1 * MiB);
  });

  it("bounds the number of parts", async () => {
    const member = await userNamed("member");
    const draft = await createProposal(member, { title: "上传字段测试", body: "正文", kind: "member_proposal", year: 2026, onBehalfOfOrganisation: false });
    const parts = Array.from({ length: 5000 }, (_, i) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`).join("") + `--${BOUNDARY}--\r\n`;
    const res = await call("member.proposals.$proposalId.attachments.tsx", "action", `/member/proposals/${draft.id}/attachments`, {
      role: "member",
      init: { method: "POST", headers: multipartHeaders, body: parts },
      params: { proposalId: String(draft.id) },
    });
    expect(res.status).toBe(302);
    expect(decodeURIComponent(res.headers.get("Location")!)).toContain("表单字段过多");
  });
});

describe("JSON bodies (items 4 and 6)", () => {
  const routes = [
    ["api.v1.proposals.$proposalId.actions.ts", "/api/v1/proposals/1/actions", { proposalId: "1" }],
    ["api.v1.assignments.$assignmentId.actions.ts", "/api/v1/assignments/1/actions", { assignmentId: "1" }],
  ] as const;

  it("answers JSON nested 50,000 deep with 400", async () => {
    for (const [file, url, params] of routes) {
      for (const body of ["[".repeat(50_000) + "]".repeat(50_000), '{"a":'.repeat(50_000) + "1" + "}".repeat(50_000), `{"action":"edit","body":${"[".repeat(50_000)}${"]".repeat(50_000)}}`]) {
        const res = await call(file, "action", url, { role: "staff", init: jsonPost(body), params });
        expect(res.status, file).toBe(400);
        expect((await res.json()).error.code).toBe("too_deep");
      }
    }
  });

  it("refuses a JSON body over 1 MB with 413 after reading about 1 MB", async () => {
    for (const [file, url, params] of routes) {
      const body = lazyBody(20 * MiB, 0x20, enc.encode('{"action":"note","body":"'));
      const res = await call(file, "action", url, { role: "staff", init: { method: "POST", headers: { "Content-Type": "application/json" }, body: body.stream }, params });
      expect(res.status, file).toBe(413);
      expect((await res.json()).error.code).toBe("payload_too_large");
      expect(body.pulled()).toBeLessThan(1.2 * MiB);
    }
  });
});
