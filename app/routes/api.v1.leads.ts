import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { listPublicLeads } from "~/models/participation/lead-queries.server";
import { submitLead } from "~/models/participation/leads.server";
import { leadJson, requirePerson } from "~/models/participation/participation-api.server";
import { leadSchema } from "~/models/participation/participation-schemas";
import { apiError, apiOk, jsonBody, pageParams } from "~/utils/api.server";
import { httpStatusOf, isDomainError } from "~/utils/errors";
import { z } from "zod";
import { defineSchema } from "~/utils/define-schema";

// 提案线索. GET: leads their senders agreed to show and staff published, in id
// order, with where each went. POST: send a lead (personal: the session
// cookie; attachments only through the form). It waits for staff triage.
export async function loader({ request }: LoaderFunctionArgs) {
  const { limit, cursor } = pageParams(new URL(request.url));
  const all = (await listPublicLeads()).sort((a, b) => a.id - b.id);
  const rest = cursor ? all.filter((l) => l.id > cursor) : all;
  const page = rest.slice(0, limit);
  return apiOk({ data: page.map(leadJson), nextCursor: rest.length > limit ? page[page.length - 1].id : null });
}

const body = /* @__PURE__ */ defineSchema(() => z.object({
  title: z.string().max(1000),
  problem: z.string().max(20_000),
  suggestion: z.string().max(20_000),
  place: z.string().max(1000).optional(),
  consentPublic: z.boolean().optional(),
}));

export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return apiError(405, "method_not_allowed", "Use POST");
  const user = await requirePerson(request);
  const input = await jsonBody(request, body);
  const parsed = leadSchema.safeParse({ ...input, consentPublic: input.consentPublic ? "on" : undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return apiError(400, "invalid", `${issue.path.join(".")}: ${issue.message}`);
  }
  try {
    const lead = await submitLead(user, parsed.data, [], { ip: (context as { ip?: string } | undefined)?.ip });
    return json({ data: { id: lead.id, state: lead.state, url: `/participation/leads/${lead.id}` } }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return apiError(httpStatusOf[error.code], error.code, error.message);
  }
}
