import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/done-notice";
import { z } from "zod";
import { getOptionalUser, requireUser } from "~/auth/auth.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { FollowButton, LeadStateBadge, Paragraphs, formatDate } from "~/components/participation-ui";
import { LeadTriage } from "~/components/lead-triage";
import { affiliationOptions } from "~/models/directory/options.server";
import { getLeadPage, memberChoices } from "~/models/participation/lead-queries.server";
import { closeLead, declineLead, followLead, forwardToDepartment, forwardToMember, startProposalFromLead, withdrawLead } from "~/models/participation/leads.server";
import styles from "~/styles/participation.css";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

// One lead, as the viewer may see it: the sender, staff, and the member or
// department it went to see everything (with the forms their rules allow);
// the public sees a published lead without the sender's name or files.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.lead.title ?? "提案线索"} · 网络议政 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const page = await getLeadPage(parseId(params.leadId), user);
  if (!page) throw new Response("Not Found", { status: 404 });
  const triage = page.can.forward_member || page.can.forward_department;
  const [members, options] = triage ? await Promise.all([memberChoices(), affiliationOptions()]) : [null, null];
  return json({
    signedIn: !!user,
    access: page.access,
    can: page.can,
    following: page.following,
    lead: { ...page.lead, createdAt: page.lead.createdAt.toISOString(), updatedAt: page.lead.updatedAt.toISOString() },
    files: page.files,
    members,
    departments: options?.departments ?? [],
  });
}

const publish = /* @__PURE__ */ defineSchema(() => z
  .string()
  .optional()
  .transform((v) => v === "on"));
const note = /* @__PURE__ */ defineSchema(() => z.string().trim().max(1000, "说明不能超过 1000 个字").default(""));
const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("withdraw") }),
  z.object({ intent: z.literal("follow"), follow: z.enum(["0", "1"]) }),
  z.object({ intent: z.literal("forward_member"), member: z.string({ error: "请选择委员" }).min(1, "请选择委员").max(300), note, publish }),
  z.object({ intent: z.literal("forward_department"), departmentId: idSchema, note, publish }),
  z.object({ intent: z.literal("close"), note, publish }),
  z.object({ intent: z.literal("decline"), reason: z.string().trim().max(1000, "理由不能超过 1000 个字").default("") }),
  z.object({ intent: z.literal("start_draft") }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.leadId);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  const done = (what: string) => redirect(`/participation/leads/${id}?done=${what}`);
  try {
    switch (input.intent) {
      case "withdraw":
        await withdrawLead(user, id);
        return done("withdrawn");
      case "follow":
        await followLead(user, id, input.follow === "1");
        return done(input.follow === "1" ? "followed" : "unfollowed");
      case "forward_member": {
        // The option's value is "<user id>|<how staff found them: 界别 or studio>".
        const [memberId, via = ""] = input.member.split("|");
        await forwardToMember(user, id, { memberId, via, note: input.note, publish: input.publish });
        return done("forwarded");
      }
      case "forward_department":
        await forwardToDepartment(user, id, { departmentId: input.departmentId, note: input.note, publish: input.publish });
        return done("forwarded");
      case "close":
        await closeLead(user, id, { note: input.note, publish: input.publish });
        return done("closed");
      case "decline":
        await declineLead(user, id, input.reason);
        return done("declined");
      case "start_draft": {
        const proposal = await startProposalFromLead(user, id);
        return redirect(`/member/proposals/${proposal.id}`);
      }
    }
  } catch (error) {
    return domainFailure(error, form);
  }
}

const DONE: Record<string, string> = {
  sent: "线索已提交。工作人员分办后会通知您去向。分办前您可以撤回。",
  withdrawn: "线索已撤回。",
  followed: "已关注这条线索，处理进展会通知您。",
  unfollowed: "已取消关注。",
  forwarded: "已转交，并已通知对方和提供人。",
  closed: "已办结，提供人会看到理由。",
  declined: "已退回工作人员重新分办。",
};

export default function LeadPage() {
  const data = useLoaderData<typeof loader>();
  const { lead, can } = data;
  const state = useActionData<typeof action>();
  const went = lead.went;
  return (
    <article aria-labelledby="lead-title">
      <p>
        <Link to="/participation">网络议政</Link> › <Link to="/participation/leads">提案线索</Link>
      </p>
      <h1 id="lead-title">
        {lead.title} <LeadStateBadge state={lead.state} />
      </h1>
      <DoneNotice messages={DONE} failed={state} />
      <FormError state={state} />
      <dl className="topic-facts">
        <dt>提交时间</dt>
        <dd>{formatDate(lead.createdAt)}（北京时间）</dd>
        {lead.authorName ? (
          <>
            <dt>提供人</dt>
            <dd>{lead.authorName}</dd>
          </>
        ) : null}
        {lead.place ? (
          <>
            <dt>地点</dt>
            <dd>{lead.place}</dd>
          </>
        ) : null}
        {data.access === "full" ? (
          <>
            <dt>是否公开</dt>
            <dd>{lead.published ? "已公开" : lead.consentPublic ? "提供人同意公开，尚未公开" : "提供人未同意公开"}</dd>
          </>
        ) : null}
      </dl>
      {lead.flaggedWords.length ? <p className="flagged">审核提示：含有“{lead.flaggedWords.join("、")}”</p> : null}
      <h2>存在的问题</h2>
      <Paragraphs text={lead.problem} />
      <h2>建议</h2>
      <Paragraphs text={lead.suggestion} />
      {data.files.length ? (
        <>
          <h2>附件（不公开）</h2>
          <ul>
            {data.files.map((f) => (
              <li key={f.id}>
                <a href={`/participation/leads/attachments/${f.id}`}>{f.fileName}</a>（{Math.ceil(f.size / 1024)} KB）
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <section aria-labelledby="went-title" className="went" data-testid="lead-went">
        <h2 id="went-title">处理去向</h2>
        {lead.state === "pending" ? <p>等待工作人员分办。{lead.reason ? `（${lead.reason}）` : ""}</p> : null}
        {lead.state === "withdrawn" ? <p>提供人已撤回。</p> : null}
        {went.memberName ? (
          <p>
            已转交{went.memberName}
            {went.via ? `（${went.via}）` : ""}阅处。{data.access === "full" && lead.reason ? `工作人员说明：${lead.reason}` : ""}
          </p>
        ) : null}
        {went.departmentName ? <p>已作为社情民意转{went.departmentName}研究参考。{data.access === "full" && lead.reason ? `说明：${lead.reason}` : ""}</p> : null}
        {went.proposal ? (
          went.proposal.url ? (
            <p>
              委员已据此提出提案：<Link to={went.proposal.url}>{went.proposal.caseNo}《{went.proposal.title}》</Link>
            </p>
          ) : (
            <p>
              委员已据此起草提案{went.proposal.title ? `《${went.proposal.title}》` : ""}
              {went.proposal.stage === "submitted" ? "，已提交，等待立案审查" : went.proposal.stage === "withdrawn" ? "，后已撤回" : "，正在起草"}。
            </p>
          )
        ) : null}
        {lead.state === "closed" ? <p>已办结。{lead.reason ? `理由：${lead.reason}` : ""}</p> : null}
      </section>

      <div className="button-row">
        {can.follow && data.signedIn ? <FollowButton following={data.following} label="关注这条线索" /> : null}
        {can.withdraw ? (
          <Form method="post" className="inline-form">
            <button type="submit" name="intent" value="withdraw" className="secondary">
              撤回线索
            </button>
          </Form>
        ) : null}
      </div>

      {can.start_draft ? (
        <section aria-labelledby="m-title" className="lead-box">
          <h2 id="m-title">委员阅处</h2>
          <Form method="post">
            <button type="submit" name="intent" value="start_draft" className="primary">
              据此起草提案
            </button>
          </Form>
          <Form method="post" noValidate>
            <Field name="reason" label="退回理由" state={state}>
              <textarea {...inputProps("reason", state)} rows={2} defaultValue={valueOf(state, "reason")} />
            </Field>
            <button type="submit" name="intent" value="decline" className="secondary">
              退回工作人员
            </button>
          </Form>
        </section>
      ) : null}

      <LeadTriage can={can} members={data.members} departments={data.departments} consent={lead.consentPublic} state={state} />
    </article>
  );
}
