import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublishedDocument } from "~/models/documents/document-queries.server";
import { anchorOf } from "~/models/documents/anchors";
import { handlingForApi, handlingOfRecommendations } from "~/models/loop/recommendation-status.server";
import { apiFail, apiOk } from "~/utils/api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await getPublishedDocument(params.slug ?? "");
  if (!found) apiFail(404, "not_found", "No published document with this slug");
  const { doc, nodes } = found;
  // Each recommendation's handling (department, state, adoption, progress); background and headings have none.
  const handling = await handlingOfRecommendations(doc.id, nodes.filter((n) => n.kind === "recommendation").map((n) => n.id));
  type Out = { id: number; path: string; anchor: string; kind: string; level: string; marker: string | null; title: string; text: string; isRecommendation: boolean; departments: unknown[]; handling: ReturnType<typeof handlingForApi>; children: Out[] };
  const byParent = new Map<number | null, Out[]>();
  const sorted = [...nodes].sort((a, b) => a.depth - b.depth || a.position - b.position);
  const outById = new Map<number, Out>();
  for (const n of sorted) {
    const out: Out = {
      id: n.id,
      path: n.path,
      anchor: anchorOf(n.path),
      kind: n.kind,
      level: n.level,
      marker: n.marker,
      title: n.title,
      text: n.text,
      isRecommendation: n.kind === "recommendation",
      departments: n.mentions.map((m) => ({ id: m.departmentId, name: m.departmentName, role: m.role, mention: m.mention, confirmed: m.confirmed })),
      handling: handlingForApi(handling.get(n.id)),
      children: [],
    };
    outById.set(n.id, out);
    const list = byParent.get(n.parentId) ?? [];
    list.push(out);
    byParent.set(n.parentId, list);
    if (n.parentId) outById.get(n.parentId)?.children.push(out);
  }
  return apiOk({
    data: {
      id: doc.id,
      slug: doc.slug,
      kind: doc.kind,
      title: doc.title,
      byline: doc.byline,
      year: doc.year,
      session: doc.session,
      authors: doc.authors,
      organisation: doc.organisationSlug ? { slug: doc.organisationSlug, name: doc.organisationName } : null,
      intro: doc.intro,
      version: doc.currentVersion,
      url: `/documents/${doc.slug}`,
      children: byParent.get(null) ?? [],
    },
  });
}
