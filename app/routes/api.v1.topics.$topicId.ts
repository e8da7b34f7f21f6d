import type { LoaderFunctionArgs } from "@remix-run/node";
import { topicJson } from "~/models/participation/participation-api.server";
import { getTopicPage, listPublicTopics } from "~/models/participation/topics.server";
import { apiFail, apiOk, intParam } from "~/utils/api.server";
import { plainSummary } from "~/utils/feed.server";

// One public topic with its description (Markdown), background documents and published summary reports.
export async function loader({ params }: LoaderFunctionArgs) {
  const id = intParam(params.topicId, "id")!;
  const page = await getTopicPage(id, null);
  if (!page) apiFail(404, "not_found", "No public topic with this id");
  const row = (await listPublicTopics()).find((t) => t.id === id)!;
  return apiOk({
    data: {
      ...topicJson(row),
      description: page.topic.description,
      summary: plainSummary(page.topic.description),
      documents: page.documents.map((d) => ({ slug: d.slug, title: d.title, url: `/documents/${d.slug}` })),
      reports: page.summaries.map((d) => ({ slug: d.slug, title: d.title, url: `/documents/${d.slug}` })),
      acceptingOpinions: page.period === "running" && page.topic.state === "open",
    },
  });
}
