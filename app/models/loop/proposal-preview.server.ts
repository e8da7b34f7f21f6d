import { structureText } from "../../structurer";
import { renderMarkdown } from "../../utils/markdown.server";
import { loadDirectory } from "../documents/documents.server";

/** What the author sees beside the editor: the rendered text and the structurer's tree. */
export async function previewProposal(body: string, title = "提案") {
  // The title goes first as a heading, so the body's first heading stays a section.
  const [tree] = structureText(`# ${title}\n\n${body}`, { directory: await loadDirectory(), format: "markdown" }).documents;
  type N = { marker: string | null; title: string; departments: { name: string; role: string }[]; children: N[] };
  const strip = (nodes: N[]): N[] => nodes.map((n) => ({ marker: n.marker, title: n.title, departments: n.departments.map((d) => ({ name: d.name, role: d.role })), children: strip(n.children) }));
  return { html: renderMarkdown(body), tree: tree ? strip(tree.children) : [] };
}
