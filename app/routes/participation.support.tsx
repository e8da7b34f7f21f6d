import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireUser } from "~/auth/auth.server";
import { addSupport, removeSupport } from "~/models/participation/supports.server";
import { isDomainError } from "~/utils/errors";
import { readForm } from "~/utils/forms.server";
import { safeRedirect } from "~/utils/redirect";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

// 附议 from any page (opinion, recommendation, proposal): a plain form posts
// here and comes back to the page it came from (same-site paths only), at the
// item's anchor; a refusal comes back as ?supportError=… for the page to show.
const schema = /* @__PURE__ */ defineSchema(() => z.object({
  subject: z.enum(["opinion", "recommendation", "proposal"]),
  id: idSchema,
  op: z.enum(["add", "remove"]).default("add"),
}));

function back(to: string, params: Record<string, string>, hash: string) {
  const url = new URL(to, "http://x");
  url.searchParams.delete("supportError");
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return `${url.pathname}${url.search}${hash}`;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const to = safeRedirect(form.get("redirectTo"), "/participation");
  const parsed = schema.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return redirect(back(to, { supportError: "附议请求无效，请从页面重新操作" }, ""));
  const { subject, id, op } = parsed.data;
  try {
    if (op === "add") await addSupport(user, subject, id);
    else await removeSupport(user, subject, id);
    return redirect(back(to, {}, `#s-${subject}-${id}`));
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return redirect(back(to, { supportError: error.message }, `#s-${subject}-${id}`));
  }
}

export async function loader() {
  throw new Response("Not Found", { status: 404 });
}
