import type { LoaderFunctionArgs } from "@remix-run/node";
import { getEntryPage } from "~/models/catalogues/catalogue-entry-queries.server";
import { listFeedback } from "~/models/catalogues/catalogue-feedback-queries.server";
import { apiFail, apiOk, intParam } from "~/utils/api.server";
import { renderMarkdown } from "~/utils/markdown.server";

// One published entry with its attachments, versions and public feedback.
export async function loader({ params }: LoaderFunctionArgs) {
  const id = intParam(params.entryId, "id");
  const page = id ? await getEntryPage(id, null) : null;
  if (!page) apiFail(404, "not_found", "No published entry with this id");
  const { entry, item, catalogue } = page;
  const feedback = await listFeedback(entry.id, null);
  return apiOk({
    data: {
      id: entry.id,
      title: entry.title,
      status: entry.status,
      revision: entry.revision,
      body: entry.body,
      html: renderMarkdown(entry.body),
      periodStart: entry.periodStart,
      periodEnd: entry.periodEnd,
      occurredOn: entry.occurredOn,
      publishedAt: entry.publishedAt?.toISOString() ?? null,
      correctionNote: entry.correctionNote,
      previousId: page.previous?.id ?? null,
      supersededById: entry.supersededById,
      lateByDays: page.lateBy,
      catalogue: { slug: catalogue.slug, title: catalogue.title },
      item: { id: item.id, title: item.title },
      attachments: page.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mimeType: a.mimeType, size: a.size, url: `/catalogues/attachments/${a.id}` })),
      feedback: feedback.map((f) => ({
        id: f.id,
        kind: f.kind,
        body: f.body,
        askedAt: f.createdAt.toISOString(),
        answer: f.answer,
        answeredAt: f.answeredAt?.toISOString() ?? null,
        waitingDays: f.waitingDays,
      })),
      url: `/catalogues/entries/${entry.id}`,
    },
  });
}
