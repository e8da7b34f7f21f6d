import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { readUpload, refusedFile, uploadWithMessage } from "./upload-form.server";

const OPTIONS = { maxFileBytes: 100, maxBodyBytes: 10_000, tooBigMessage: "文件不能超过 100 字节", check: (head: Uint8Array) => (head[0] === 0x25 ? null : "只能上传 PDF") };
const PDF = new TextEncoder().encode("%PDF-1.4 a small file");

function multipart(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return new Request("http://localhost/upload", { method: "POST", body: form });
}

describe("readUpload", () => {
  it("reads the form and removes NUL from its text fields", async () => {
    const read = await readUpload(multipart({ note: "a\u0000b", file: new File([PDF], "a.pdf") }), OPTIONS);
    if (!read.ok) throw new Error(read.refused.message);
    expect(read.form.get("note")).toBe("ab");
    expect((read.form.get("file") as File).size).toBe(PDF.length);
  });

  it("hands back a refused file with its message and status", async () => {
    const wrong = await readUpload(multipart({ file: new File([new Uint8Array(40)], "a.pdf") }), OPTIONS);
    expect(wrong.ok ? null : [wrong.refused.message, wrong.refused.status]).toEqual(["只能上传 PDF", 400]);
    const big = await readUpload(multipart({ file: new File([PDF, new Uint8Array(200)], "a.pdf") }), OPTIONS);
    expect(big.ok ? null : [big.refused.message, big.refused.status]).toEqual(["文件不能超过 100 字节", 413]);
    const res = refusedFile(big.ok ? (undefined as never) : big.refused, { intent: "upload" });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ ok: false, errors: { file: "文件不能超过 100 字节" }, values: { intent: "upload" } });
  });

  it("answers a body that is not multipart with the 400 page, and a declared length over the limit with 413", async () => {
    const plain = new Request("http://localhost/upload", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x" });
    const thrown = await readUpload(plain, OPTIONS).catch((e: unknown) => e);
    expect(thrown instanceof Response && thrown.status).toBe(400);
    const long = new Request("http://localhost/upload", { method: "POST", headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": "20000" }, body: "x" });
    const tooLarge = await readUpload(long, OPTIONS).catch((e: unknown) => e);
    expect(tooLarge instanceof Response && tooLarge.status).toBe(413);
  });
});

describe("uploadWithMessage", () => {
  const back = (message?: string) => new Response(null, { status: 302, headers: { Location: message ? `/back?error=${encodeURIComponent(message)}` : "/back?done" } });
  const location = (res: Response) => decodeURIComponent(res.headers.get("Location")!);
  const go = (request: Request, mayUpload: () => Promise<unknown>, handle: (form: FormData) => Promise<Response>) =>
    uploadWithMessage(request, { mayUpload, upload: OPTIONS, back, handle });

  it("goes back with the message when the user may not upload, without reading the body", async () => {
    let handled = false;
    const res = await go(multipart({ file: new File([PDF], "a.pdf") }), () => Promise.reject(new DomainError("只有起草人可以上传")), async () => ((handled = true), back()));
    expect(location(res)).toBe("/back?error=只有起草人可以上传");
    expect(handled).toBe(false);
  });

  it("answers not_found with the 404 page, before and after reading", async () => {
    const before = await go(multipart({}), () => Promise.reject(new DomainError("没有", "not_found")), async () => back()).catch((e: unknown) => e);
    expect(before instanceof Response && before.status).toBe(404);
    const after = await go(multipart({}), async () => {}, () => Promise.reject(new DomainError("没有", "not_found"))).catch((e: unknown) => e);
    expect(after instanceof Response && after.status).toBe(404);
  });

  it("goes back with a refused file's message or the domain error's, and rethrows anything else", async () => {
    const refused = await go(multipart({ file: new File([new Uint8Array(40)], "a.pdf") }), async () => {}, async () => back());
    expect(location(refused)).toBe("/back?error=只能上传 PDF");
    const domain = await go(multipart({ file: new File([PDF], "a.pdf") }), async () => {}, () => Promise.reject(new DomainError("附件最多 10 个")));
    expect(location(domain)).toBe("/back?error=附件最多 10 个");
    const ok = await go(multipart({ file: new File([PDF], "a.pdf") }), async () => {}, async (form) => back((form.get("file") as File).name === "a.pdf" ? undefined : "wrong"));
    expect(ok.headers.get("Location")).toBe("/back?done");
    await expect(go(multipart({}), async () => {}, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  });
});
