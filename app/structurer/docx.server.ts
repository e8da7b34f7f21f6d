/**
 * .docx → text for the structurer, through mammoth.
 *
 * mammoth's raw-text extraction drops headings and list structure, and Word's automatic
 * numbering is not text at all, so a Word proposal whose `一、` headings are Heading
 * styles and whose items are a numbered list would lose its whole tree. Instead we
 * convert to HTML (mammoth maps Heading 1–6 and Word lists faithfully) and write that
 * out as Markdown-flavoured text: `#` headings, `1.` / `-` list items indented by
 * nesting, one paragraph per block, blank lines between blocks. Structure it with
 * `format: "markdown"` (or let the format be guessed).
 *
 * Limitation: the number *style* of an automatic Word list (一、 vs 1.) is not in the
 * document text; list items come out as `1.`, `2.` … .
 */
import mammoth from "mammoth";
import { assertZipWithinBudget } from "./zip-limits.server";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      try {
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      } catch {
        return "";
      }
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

interface ListLevel {
  ordered: boolean;
  counter: number;
}

/**
 * mammoth's HTML is simple and well formed (p, h1–h6, ol/ul/li, table/tr/td, strong, em,
 * a, br, img, sup/sub), so a tag scanner suffices — no DOM needed on the server.
 */
export { DocxRefused, NotADocx } from "./zip-limits.server";

export function htmlToStructuredText(html: string): string {
  const out: string[] = [];
  const lists: ListLevel[] = [];
  let line = "";
  let prefix = "";
  let inCell = false;
  let items = 0;

  const flush = () => {
    const text = line.replace(/[ \t]+/g, " ").trim();
    if (text) out.push(prefix + text);
    line = "";
    prefix = "";
  };

  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    if (m[3] !== undefined) {
      line += decodeEntities(m[3]).replace(/\s+/g, " ");
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2].toLowerCase();
    if (/^h[1-6]$/.test(tag)) {
      flush();
      if (!closing) prefix = `${"#".repeat(Number(tag[1]))} `;
    } else if (tag === "p") {
      // A paragraph inside a list item or a table cell stays on the item's / row's line.
      if (items > 0 || inCell) line += " ";
      else flush();
    } else if (tag === "ol" || tag === "ul") {
      flush();
      if (!closing) lists.push({ ordered: tag === "ol", counter: 0 });
      else lists.pop();
    } else if (tag === "li") {
      flush();
      items = Math.max(0, items + (closing ? -1 : 1));
      if (!closing && lists.length) {
        const level = lists[lists.length - 1];
        level.counter++;
        prefix = `${"  ".repeat(lists.length - 1)}${level.ordered ? `${level.counter}.` : "-"} `;
      }
    } else if (tag === "tr") {
      flush();
    } else if (tag === "td" || tag === "th") {
      inCell = !closing;
      if (closing) line += "  ";
    } else if (tag === "br") {
      flush();
    } else if (tag === "table") {
      flush();
    }
  }
  flush();
  // Blank lines between blocks: each is its own Markdown paragraph.
  return out.join("\n\n") + (out.length ? "\n" : "");
}

/**
 * Read a .docx and return its text (Markdown-flavoured, see above). Rejects on a
 * non-docx buffer, and with DocxRefused (a Chinese message) on one that would
 * inflate past DOCX_MAX_INFLATED (zip-limits.server.ts).
 */
export async function docxToText(buffer: Buffer): Promise<string> {
  assertZipWithinBudget(buffer);
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      // Images carry no text; do not inline them as base64.
      convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
      ignoreEmptyParagraphs: true,
    },
  );
  return htmlToStructuredText(result.value);
}
