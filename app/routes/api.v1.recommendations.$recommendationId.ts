import type { LoaderFunctionArgs } from "@remix-run/node";
import { getRecommendation, recommendationTimeline } from "~/models/documents/recommendation-queries.server";
import { anchorOf } from "~/models/documents/anchors";
import { handlingForApi, handlingOfRecommendations } from "~/models/loop/recommendation-status.server";
import { apiFail, apiOk, intParam } from "~/utils/api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const id = intParam(params.recommendationId, "id")!;
  const found = await getRecommendation(id);
  if (!found || found.rec.removedInVersion !== null) apiFail(404, "not_found", "No published recommendation with this id");
  const isRecommendation = found!.rec.kind === "recommendation";
  const [events, handling] = await Promise.all([recommendationTimeline(id), isRecommendation ? handlingOfRecommendations(found!.rec.documentId, [id]) : null]);
  return apiOk({
    data: {
      id,
      marker: found.rec.marker,
      title: found.rec.title,
      text: found.rec.text,
      isRecommendation: found.rec.kind === "recommendation",
      kind: found.rec.kind,
      document: { slug: found.docSlug, title: found.docTitle, kind: found.docKind, year: found.docYear },
      departments: found.mentions.map((m) => ({ id: m.departmentId, name: m.departmentName, role: m.role, mention: m.mention, confirmed: m.confirmed })),
      handling: handlingForApi(handling?.get(id)),
      timeline: events.map((e) => ({ at: e.occurredAt.toISOString(), action: e.action, from: e.fromState, to: e.toState, note: e.note })),
      url: `/recommendations/${id}`,
      anchorUrl: `/documents/${found.docSlug}#${anchorOf(found.rec.path)}`,
    },
  });
}
