import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { ReplyLetterLink } from "~/components/reply-letter-link";
import { FormError } from "~/components/form";
import { PlainText } from "~/components/plain-text";
import { reviewReply } from "~/models/loop/handling-replies.server";
import { pendingReplies } from "~/models/loop/proposal-queries.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { REPLY_CATEGORY_LABELS, REPLY_KIND_LABELS } from "~/utils/labels";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "答复审核 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const rows = await pendingReplies();
  return json({
    replies: rows.map(({ r, departmentName, caseNo, title, proposalId }) => ({
      id: r.id,
      kind: r.kind,
      category: r.category,
      body: r.body,
      consent: r.consentToPublish,
      departmentName,
      caseNo,
      title,
      proposalId,
    })),
  });
}

const schema = /* @__PURE__ */ defineSchema(() => z.object({
  replyId: idSchema,
  decision: z.enum(["approve", "reject"]),
  note: z.string().max(2000).default(""),
}));

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    await reviewReply(user, parsed.data.replyId, parsed.data.decision === "approve", parsed.data.note);
    return redirect("/staff/replies?done=1");
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function ReplyReview() {
  const { replies } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="rr-title">
      <h1 id="rr-title">答复审核（{replies.length}）</h1>
      <FormError state={state} />
      {replies.length === 0 ? <p>没有待审核的答复。</p> : null}
      {replies.map((r) => (
        <article key={r.id} className="card" aria-label={`${r.caseNo} ${r.departmentName}的答复`}>
          <h2>
            <Link to={`/staff/proposals/${r.proposalId}`}>
              {r.caseNo} {r.title}
            </Link>
          </h2>
          <p>
            {r.departmentName} · {REPLY_KIND_LABELS[r.kind]}
            {r.category ? ` · ${REPLY_CATEGORY_LABELS[r.category]}` : ""} · {r.consent ? "提案人同意公开" : "提案人不同意公开全文"}
          </p>
          <PlainText text={r.body} />
          <ReplyLetterLink replyId={r.id} />
          <Form method="post" className="actions">
            <input type="hidden" name="replyId" value={r.id} />
            <label>
              审核意见 <input type="text" name="note" />
            </label>
            <button type="submit" name="decision" value="approve" className="primary">
              通过
            </button>
            <button type="submit" name="decision" value="reject" className="secondary">
              驳回
            </button>
          </Form>
        </article>
      ))}
    </section>
  );
}
