import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { z } from "zod";
import { listTopicOpinions } from "~/models/participation/opinion-queries.server";
import { postOpinion } from "~/models/participation/opinions.server";
import { opinionJson, requirePerson } from "~/models/participation/participation-api.server";
import { getVisibleTopic } from "~/models/participation/topics.server";
import { apiError, apiFail, apiOk, intParam, jsonBody, pageParams } from "~/utils/api.server";
import { httpStatusOf, isDomainError } from "~/utils/errors";

// GET: a topic's approved opinions with their support counts, most supported
// first (sort=support, 最受关注) or newest first (sort=time); nextCursor is an
// offset into that order. POST: post an opinion (personal: session cookie);
// it is pending until staff approve it.
async function publicTopic(topicId: string | undefined) {
  const row = await getVisibleTopic(intParam(topicId, "id")!, null);
  if (!row) apiFail(404, "not_found", "No public topic with this id");
  return row.topic;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const topic = await publicTopic(params.topicId);
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const sort = z.enum(["support", "time"]).default("support").safeParse(url.searchParams.get("sort") ?? undefined);
  if (!sort.success) apiFail(400, "invalid_parameter", "sort must be support or time");
  const offset = cursor ?? 0;
  // Pages of `limit` from the offset: ask for the page that holds it.
  const list = await listTopicOpinions(topic, null, { sort: sort.data, perPage: offset + limit, page: 1 });
  const data = list.opinions.slice(offset, offset + limit);
  return apiOk({ data: data.map(opinionJson), total: list.total, nextCursor: offset + limit < list.total ? offset + limit : null });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return apiError(405, "method_not_allowed", "Use POST");
  const user = await requirePerson(request);
  const topic = await publicTopic(params.topicId);
  const body = await jsonBody(request, z.object({ body: z.string().max(20_000) }));
  try {
    const row = await postOpinion(user, topic.id, { body: body.body }, { ip: (context as { ip?: string } | undefined)?.ip });
    return json({ data: { id: row.id, state: row.state, url: `/participation/opinions/${row.id}` } }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return apiError(httpStatusOf[error.code], error.code, error.message);
  }
}
