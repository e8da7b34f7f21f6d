import { structureText } from "../../structurer";
import { renderMarkdown } from "../../utils/markdown.server";
import { loadDirectory } from "../documents/documents.server";

/** What the author sees beside the editor: the rendered text and the structurer's tree. */
export async function previewProposal(body: string, title = "提案") {
  // The title goes first as a heading, so the body's first heading stays a section.
  const [tree] = structureText(`# ${title}\n\n${body}`, { directory: await loadDirectory(), format: "markdown" }).documents;
  type N = { marker: string | null; title: string; kind?: string; departments: { name: string; role: string }[]; children: N[] };
  // Background (情况分析, 基本情况…) is context, not a recommendation: the preview says so and counts only the rest.
  let count = 0;
  const strip = (nodes: N[]): N[] =>
    nodes.map((n) => {
      if (n.kind === "recommendation") count++;
      return { marker: n.marker, title: n.title, kind: n.kind ?? "recommendation", departments: n.departments.map((d) => ({ name: d.name, role: d.role })), children: strip(n.children) };
    });
  const stripped = tree ? strip(tree.children) : [];
  return { html: renderMarkdown(body), tree: stripped, recommendations: count };
}
