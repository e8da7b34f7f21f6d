import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOpinionPage } from "~/models/participation/opinion-queries.server";
import { opinionJson } from "~/models/participation/participation-api.server";
import { apiFail, apiOk, intParam } from "~/utils/api.server";

// One approved opinion (anything not approved is a 404 here, for everyone).
export async function loader({ params }: LoaderFunctionArgs) {
  const page = await getOpinionPage(intParam(params.opinionId, "id")!, null);
  if (!page || !page.isPublic) apiFail(404, "not_found", "No public opinion with this id");
  const o = page.opinion;
  return apiOk({
    data: {
      ...opinionJson(o),
      topicId: page.topic.id,
      topic: { id: page.topic.id, title: page.topic.title, url: `/participation/topics/${page.topic.id}` },
    },
  });
}
