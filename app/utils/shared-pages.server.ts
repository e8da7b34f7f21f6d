// Public pages for signed-in readers, shared by everyone with the same roles.
// A member reading a document sees the anonymous page plus a header with
// their name and the navigation of their roles; nothing else on these pages
// depends on who reads them. So the response cache keeps one copy per set of
// roles, rendered with a placeholder where the reader's name goes, and fills
// in each reader's name (escaped for where it stands: HTML text or the
// hydration data's JSON) on every hit, after reading their session. A proposal's
// and a recommendation's page also show a few facts about the reader (关注, 附议):
// one copy per set of roles and those facts (models/participation/reader-facts.server.ts).
// Pages whose content is the person's own (workbenches, forms with their drafts)
// are on neither list and always render.
import { randomBytes } from "node:crypto";
import { countBadgeMarkup, type CountKind } from "../components/count-badge";

/** Stands for the reader's display name in a shared render (letters and digits only: safe in HTML and JSON). */
export const NAME_TOKEN = `xsreader${randomBytes(8).toString("hex")}`;
/** Stand for the header's 待办 and unread-消息 counts: in the HTML a badge, in the hydration data a number. */
export const TODOS_TOKEN = `xstodos${randomBytes(8).toString("hex")}`;
export const UNREAD_TOKEN = `xsunread${randomBytes(8).toString("hex")}`;

/**
 * Paths whose loaders read nothing about the user but their roles (checked:
 * the home page, documents, departments, organisations, search, statistics,
 * reply feeds). A recommendation's page is not: it shows whether this reader
 * supports (附议) it (issue 17).
 */
const SHARED = /^\/(?:$|documents(?:\/|$)|departments(?:\/|$)|organisations(?:\/|$)|search$|statistics$|replies\/)/;

export function isRoleShared(pathname: string) {
  return SHARED.test(pathname);
}

/** The cookie header without the session cookie, and whether there was one. */
export function withoutSessionCookie(header: string | undefined, name = "xs_session") {
  let session = false;
  const rest = (header ?? "")
    .split(";")
    .map((p) => p.trim())
    .filter((p) => {
      if (p.startsWith(`${name}=`)) {
        session = true;
        return false;
      }
      return p !== "";
    })
    .join("; ");
  return { session, rest };
}

export type Hole = "nonce" | "name-html" | "name-script" | `${CountKind}-html` | `${CountKind}-script`;

/** What fills a shared page for one reader. */
export interface ReaderValues {
  name: string;
  todos: number;
  unread: number;
}

/** A stored body cut at each per-response value: chunks[0] hole[0] chunks[1] … chunks[n]. */
export interface Layout {
  chunks: Buffer[];
  holes: Hole[];
}

function positions(body: Buffer, needle: string) {
  const out: number[] = [];
  if (!needle) return out;
  const n = Buffer.from(needle);
  for (let at = body.indexOf(n); at >= 0; at = body.indexOf(n, at + n.length)) out.push(at);
  return out;
}

const SCRIPT_OPEN = Buffer.from("<script");
const SCRIPT_CLOSE = Buffer.from("</script>");
const QUOTE = 0x22;

export function layoutOf(body: Buffer, nonce: string | null, personal: boolean): Layout {
  const cuts: { at: number; length: number; hole: Hole }[] = positions(body, nonce ?? "").map((at) => ({ at, length: nonce!.length, hole: "nonce" as Hole }));
  if (personal) {
    const tokens: [string, "name" | CountKind][] = [
      [NAME_TOKEN, "name"],
      [TODOS_TOKEN, "todos"],
      [UNREAD_TOKEN, "unread"],
    ];
    for (const [token, what] of tokens) {
      for (const at of positions(body, token)) {
        const inScript = body.lastIndexOf(SCRIPT_OPEN, at) > body.lastIndexOf(SCRIPT_CLOSE, at);
        // A count in the hydration data is a JSON string placeholder; the number replaces it with its quotes.
        const quoted = inScript && what !== "name" && body[at - 1] === QUOTE && body[at + token.length] === QUOTE;
        cuts.push({ at: quoted ? at - 1 : at, length: token.length + (quoted ? 2 : 0), hole: `${what}-${inScript ? "script" : "html"}` });
      }
    }
  }
  cuts.sort((a, b) => a.at - b.at);
  const chunks: Buffer[] = [];
  const holes: Hole[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c.at < from) continue; // overlaps the previous cut (a nonce found inside a placeholder)
    chunks.push(body.subarray(from, c.at));
    holes.push(c.hole);
    from = c.at + c.length;
  }
  chunks.push(body.subarray(from));
  return { chunks, holes };
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** What fills each hole for this response; `convert` puts text in the page's script (简/繁). */
export function fillersOf(layout: Layout, nonce: string, reader: ReaderValues | null, convert: (text: string) => string = (t) => t): Buffer[] {
  const name = convert(reader?.name ?? "");
  const filler: Record<Hole, () => Buffer> = {
    nonce: () => Buffer.from(nonce),
    "name-html": () => Buffer.from(name.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])),
    // Inside the hydration script the name sits in a JSON string, escaped the way Remix escapes it.
    "name-script": () =>
      Buffer.from(
        JSON.stringify(name)
          .slice(1, -1)
          .replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
      ),
    "todos-html": () => Buffer.from(convert(countBadgeMarkup(reader?.todos ?? 0, "todos"))),
    "todos-script": () => Buffer.from(String(reader?.todos ?? 0)),
    "unread-html": () => Buffer.from(convert(countBadgeMarkup(reader?.unread ?? 0, "unread"))),
    "unread-script": () => Buffer.from(String(reader?.unread ?? 0)),
  };
  const made = new Map<Hole, Buffer>();
  return layout.holes.map((h) => made.get(h) ?? made.set(h, filler[h]()).get(h)!);
}

export function interleave(chunks: Buffer[], fillers: Buffer[]): Buffer[] {
  const out: Buffer[] = [chunks[0]];
  for (let i = 0; i < fillers.length; i++) out.push(fillers[i], chunks[i + 1]);
  return out;
}
