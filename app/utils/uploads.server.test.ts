import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { contentDisposition, safeFileName, sniffType, storedPath, storeUpload, UPLOAD_MAX_BYTES } from "./uploads.server";
import { withUploadsDir } from "../../tests/uploads-dir";

const uploadsDir = withUploadsDir();

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))));

describe("sniffType", () => {
  it("reads the type from magic bytes", () => {
    expect(sniffType(bytes("%PDF-1.7\n"))?.mime).toBe("application/pdf");
    expect(sniffType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))?.toEqual({ mime: "image/png", ext: "png" });
    expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe("jpg");
    expect(sniffType(bytes("GIF89a"))?.ext).toBe("gif");
    expect(sniffType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))?.ext).toBe("webp");
  });
  it("refuses everything else, whatever it is called", () => {
    for (const b of [bytes("<svg onload=alert(1)>"), bytes("<html>"), bytes("PK\u0003\u0004"), bytes("MZ"), bytes("RIFF", [0, 0, 0, 0], "WAVE"), bytes(" %PDF-"), bytes("%PD")]) {
      expect(sniffType(b)).toBeNull();
    }
  });
});

describe("file names and paths", () => {
  const pdf = { mime: "application/pdf", ext: "pdf" } as const;
  it("keeps only a harmless last path component with the real extension", () => {
    expect(safeFileName("../../etc/passwd", pdf)).toBe("passwd.pdf");
    expect(safeFileName("C:\\Users\\x\\报告.exe", pdf)).toBe("报告.pdf");
    expect(safeFileName('a"b<c>\u0000d.pdf', pdf)).toBe("abcd.pdf");
    expect(safeFileName("...", pdf)).toBe("附件.pdf");
    expect(safeFileName("x".repeat(300) + ".pdf", pdf).length).toBeLessThanOrEqual(94);
  });
  it("resolves only names it made, inside the uploads folder", () => {
    expect(storedPath(`ab/${"a".repeat(64)}.pdf`)).toBe(path.join(uploadsDir(), "uploads", "ab", `${"a".repeat(64)}.pdf`));
    for (const bad of ["../x.pdf", `ab/../../${"a".repeat(64)}.pdf`, "/etc/passwd", `ab/${"a".repeat(64)}.svg`, `ab\\${"a".repeat(64)}.pdf`]) {
      expect(() => storedPath(bad)).toThrow(DomainError);
    }
  });
  it("stores by content hash, once, and refuses empty, oversized and unknown files", () => {
    const a = storeUpload(bytes("%PDF-1.4 hello"), "a.pdf");
    const b = storeUpload(bytes("%PDF-1.4 hello"), "b.pdf");
    expect(a.storedName).toBe(b.storedName);
    expect(readFileSync(storedPath(a.storedName), "latin1")).toBe("%PDF-1.4 hello");
    expect(() => storeUpload(Buffer.alloc(0), "x.pdf")).toThrow("请选择");
    expect(() => storeUpload(Buffer.concat([bytes("%PDF-"), Buffer.alloc(UPLOAD_MAX_BYTES)]), "x.pdf")).toThrow("10 MB");
    expect(() => storeUpload(bytes("hello"), "x.pdf")).toThrow("只能上传");
  });
  it("writes a Content-Disposition that survives any name", () => {
    expect(contentDisposition('救助"明细.pdf')).toBe(`inline; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('救助"明细.pdf')}`);
    expect(contentDisposition("a\r\nSet-Cookie: x", "attachment")).not.toMatch(/[\r\n]/);
  });
});
