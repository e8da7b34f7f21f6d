/**
 * Bounds for a .docx (a zip) before mammoth opens it (security review, issue
 * 14, item 7): a 2 MB .docx whose document.xml inflated to 2 GB took 24 s and
 * 4.6 GB of memory before it was refused. Every entry is inflated here first,
 * with zlib's `maxOutputLength` set to what is left of the budget, so a bomb
 * stops at the budget whatever sizes its directory claims; the entry count is
 * bounded too. mammoth then works on at most the budget, which bounds its time.
 */
import { inflateRawSync } from "node:zlib";

/** Inflated bytes a Word document may hold, all parts together (text-heavy 5 MB files inflate to about 25 MB). */
export const DOCX_MAX_INFLATED = 40 * 1024 * 1024;
export const DOCX_MAX_ENTRIES = 2000;

export class DocxRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxRefused";
  }
}

/** Not a zip at all: an unreadable file rather than a refused one, so readers word it as such. */
export class NotADocx extends DocxRefused {
  constructor() {
    super("该文件不是有效的 Word (.docx) 文档");
    this.name = "NotADocx";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Throws DocxRefused unless every entry of the zip inflates, in total, within `budget` bytes. */
export function assertZipWithinBudget(buffer: Buffer, budget = DOCX_MAX_INFLATED, maxEntries = DOCX_MAX_ENTRIES) {
  const notZip = () => new NotADocx();
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65_535); i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const entries = buffer.readUInt16LE(eocd + 10);
  let at = buffer.readUInt32LE(eocd + 16);
  if (entries > maxEntries) throw new DocxRefused(`文档包含的部件过多（超过 ${maxEntries} 个）`);
  let left = budget;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) throw notZip();
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    if (compressed === 0xffffffff || local === 0xffffffff) throw notZip(); // ZIP64: no Word file needs it
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) throw notZip();
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    if (start + compressed > buffer.length) throw notZip();
    const data = buffer.subarray(start, start + compressed);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, left) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(budget);
        throw notZip();
      }
    } else throw notZip();
    left -= size;
    if (left < 0) throw tooLarge(budget);
    at = next;
  }
}

function tooLarge(budget: number) {
  return new DocxRefused(`文档解压后超过 ${Math.round(budget / 1024 / 1024)} MB，无法读取；请删去图片或拆分后再上传`);
}
