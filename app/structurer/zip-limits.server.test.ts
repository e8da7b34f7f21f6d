/**
 * Issue 14, item 7: a 2 MB .docx whose document.xml inflated to 2 GB took 24 s and
 * 4.6 GB before it was refused. The bomb here inflates to 256 MB (6 times the budget), and its directory
 * lies about the size; it must be refused at the 40 MB budget, quickly.
 */
import { createDeflateRaw, crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DocxRefused, docxToText } from "./docx.server";
import { DOCX_MAX_INFLATED, assertZipWithinBudget } from "./zip-limits.server";

/** Deflate `total` bytes of `fill` without holding them all in memory. */
async function deflateRepeated(total: number, fill = 0x20): Promise<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, fill);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (d: Buffer) => out.push(d));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  for (let written = 0; written < total; written += chunk.length) {
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A zip of deflated entries whose directory claims `claimed` bytes for each. */
function zip(entries: { name: string; deflated: Buffer; claimed: number }[]) {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(Buffer.from("x")), 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.claimed, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.deflated);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

describe(".docx zip bombs", () => {
  it("refuses a document.xml that inflates to 256 MB, at the budget, in well under the old 24 s", async () => {
    const deflated = await deflateRepeated(256 * 1024 * 1024);
    const bomb = zip([
      { name: "[Content_Types].xml", deflated: await deflateRepeated(1024), claimed: 1024 },
      { name: "word/document.xml", deflated, claimed: 2048 },
    ]);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await expect(docxToText(bomb)).rejects.toBeInstanceOf(DocxRefused);
    await expect(docxToText(bomb)).rejects.toThrow(/解压后超过 40 MB/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 * 1024 * 1024);
  }, 60_000);

  it("counts every part against one budget", async () => {
    const part = await deflateRepeated(DOCX_MAX_INFLATED / 4 + 1024);
    const many = zip(Array.from({ length: 5 }, (_, i) => ({ name: `word/media/p${i}.xml`, deflated: part, claimed: 10 })));
    expect(() => assertZipWithinBudget(many)).toThrow(DocxRefused);
    const few = zip(Array.from({ length: 3 }, (_, i) => ({ name: `word/media/p${i}.xml`, deflated: part, claimed: 10 })));
    expect(() => assertZipWithinBudget(few)).not.toThrow();
  }, 60_000);

  it("refuses a zip with too many entries, and what is not a zip", async () => {
    const tiny = await deflateRepeated(1);
    expect(() => assertZipWithinBudget(zip(Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, deflated: tiny, claimed: 1 }))))).toThrow(/部件过多/);
    expect(() => assertZipWithinBudget(Buffer.from("PK not really a zip"))).toThrow(DocxRefused);
  });
});
