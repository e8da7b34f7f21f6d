import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { topicJson } from "~/models/participation/participation-api.server";
import { listPublicTopics } from "~/models/participation/topics.server";
import { apiFail, apiOk, pageParams } from "~/utils/api.server";

// Public consultation topics (协商议题), in id order; drafts are never listed.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const state = z.enum(["open", "closed", "summarised"]).optional().safeParse(url.searchParams.get("state") ?? undefined);
  if (!state.success) apiFail(400, "invalid_parameter", "state must be open, closed or summarised");
  const all = (await listPublicTopics({ state: state.data })).sort((a, b) => a.id - b.id);
  const rest = cursor ? all.filter((t) => t.id > cursor) : all;
  const page = rest.slice(0, limit);
  return apiOk({ data: page.map(topicJson), nextCursor: rest.length > limit ? page[page.length - 1].id : null });
}
