import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { z } from "zod";
import { requirePerson } from "~/models/participation/participation-api.server";
import { addSupport, mostSupported, removeSupport, supportSummary } from "~/models/participation/supports.server";
import { apiError, apiFail, apiOk, jsonBody, pageParams } from "~/utils/api.server";
import { httpStatusOf, isDomainError } from "~/utils/errors";
import { defineSchema } from "~/utils/define-schema";

// 附议. GET: the most supported public items (最受关注), optionally of one kind
// and year; nextCursor is an offset. POST / DELETE {subject, id}: support an
// item once, or take the support back (personal: the session cookie).
const kinds = /* @__PURE__ */ defineSchema(() => z.enum(["recommendation", "proposal", "opinion"]));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { limit, cursor } = pageParams(url);
  const kind = kinds.optional().safeParse(url.searchParams.get("kind") ?? undefined);
  const year = z.coerce.number().int().min(2000).max(2100).optional().safeParse(url.searchParams.get("year") ?? undefined);
  if (!kind.success || !year.success) apiFail(400, "invalid_parameter", "kind must be recommendation, proposal or opinion; year a year");
  const offset = cursor ?? 0;
  const { items, total } = await mostSupported({ subject: kind.data, year: year.data, limit, offset });
  return apiOk({
    data: items.map((i) => ({ subject: i.subject, id: i.id, title: i.title, context: i.context, year: i.year, supports: i.supports, url: i.url })),
    total,
    nextCursor: offset + limit < total ? offset + limit : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST" && request.method !== "DELETE") return apiError(405, "method_not_allowed", "Use POST or DELETE");
  const user = await requirePerson(request);
  const { subject, id } = await jsonBody(request, z.object({ subject: kinds, id: z.number().int().positive().max(2_147_483_647) }));
  try {
    const changed = request.method === "POST" ? await addSupport(user, subject, id) : await removeSupport(user, subject, id);
    const s = await supportSummary(subject, id, user);
    return json({ data: { subject, id, supports: s.count, supported: s.supported, changed } }, { status: request.method === "POST" && changed ? 201 : 200, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return apiError(httpStatusOf[error.code], error.code, error.message);
  }
}
