import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { DoneNotice } from "~/components/done-notice";
import { z } from "zod";
import { FormError } from "~/components/form";
import { requireMember } from "~/auth/auth.server";
import { colleagueShifts, memberRota } from "~/models/studios/rota-queries.server";
import { requestSwap, respondSwap, withdrawSwap } from "~/models/studios/rota-swaps.server";
import { studioMembersOf, studiosOfMember } from "~/models/studios/studios.server";
import studiosCss from "~/styles/studios.css";
import { formatBeijingRange } from "~/utils/beijing-time";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { swapSchema } from "~/models/studios/studio-schemas";
import { SWAP_STATUS_LABELS } from "~/models/studios/studio-labels";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "我的接待日 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireMember(request);
  const [{ shifts, swaps }, studios, others] = await Promise.all([memberRota(user.id), studiosOfMember(user.id), colleagueShifts(user.id)]);
  const colleagues = await Promise.all(
    studios.map(async (s) => ({ studioId: s.id, members: (await studioMembersOf(s.id)).filter((m) => m.id !== user.id) })),
  );
  return json({
    userId: user.id,
    studios: studios.map((s) => ({ slug: s.slug, name: s.name, isLead: s.leadId === user.id })),
    shifts: shifts.map((s) => ({
      id: s.id,
      studioName: s.studioName,
      studioSlug: s.studioSlug,
      when: formatBeijingRange(s.startsAt, s.endsAt),
      note: s.note,
      pending: s.swapState === "pending",
      canRequest: s.can.request,
      colleagues: colleagues.find((c) => c.studioId === s.studioId)?.members.map((m) => ({ id: m.id, displayName: m.displayName })) ?? [],
      theirShifts: others
        .filter((o) => o.studioId === s.studioId)
        .map((o) => ({ id: o.id, label: `${o.memberName} · ${formatBeijingRange(o.startsAt, o.endsAt)}` })),
    })),
    swaps: swaps.map((s) => ({
      id: s.id,
      status: s.status,
      incoming: s.targetId === user.id,
      can: s.can,
      requesterName: s.requesterName,
      targetName: s.targetName,
      studioName: s.studioName,
      shift: formatBeijingRange(s.shiftStartsAt, s.shiftEndsAt),
      other: s.otherStartsAt && s.otherEndsAt ? formatBeijingRange(s.otherStartsAt, s.otherEndsAt) : null,
      note: s.note,
    })),
  });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  swapSchema.extend({ intent: z.literal("request") }),
  z.object({ intent: z.literal("accept"), swapId: idSchema }),
  z.object({ intent: z.literal("decline"), swapId: idSchema }),
  z.object({ intent: z.literal("withdraw"), swapId: idSchema }),
]));

const DONE: Record<string, string> = {
  request: "换班申请已发出，对方确认后生效。",
  accept: "已接受换班，值班安排已更新。",
  decline: "已拒绝换班申请。",
  withdraw: "已撤回换班申请。",
};

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireMember(request);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  try {
    if (input.intent === "request") await requestSwap(input, user);
    else if (input.intent === "withdraw") await withdrawSwap(input.swapId, user);
    else await respondSwap(input.swapId, input.intent === "accept", user);
    return redirect(`/member/rota?done=${input.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function MemberRota() {
  const { studios, shifts, swaps } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const incoming = swaps.filter((s) => s.can.accept || s.can.decline);
  return (
    <section aria-labelledby="rota-title">
      <p>
        <Link to="/member">委员工作台</Link>
      </p>
      <h1 id="rota-title">我的接待日</h1>
      <DoneNotice messages={DONE} failed={state} />
      <FormError state={state} />
      {studios.length ? (
        <p>
          我所在的工作室：
          {studios.map((s, i) => (
            <span key={s.slug}>
              {i ? "、" : ""}
              <Link to={`/studios/${s.slug}`}>{s.name}</Link>
              {s.isLead ? (
                <>
                  （召集人，<Link to={`/studios/${s.slug}/manage`}>管理</Link>）
                </>
              ) : null}
            </span>
          ))}
        </p>
      ) : (
        <p>您目前不是任何委员工作室的驻室委员。</p>
      )}

      <h2>待我确认的换班（{incoming.length}）</h2>
      {incoming.length ? (
        <ul>
          {incoming.map((s) => (
            <li key={s.id}>
              {s.requesterName}请您代为 {s.shift}（{s.studioName}）的值班
              {s.other ? `，并由其接替您 ${s.other} 的值班` : ""}
              {s.note ? `。说明：${s.note}` : ""}
              <Form method="post" className="button-row">
                <input type="hidden" name="swapId" value={s.id} />
                <button type="submit" name="intent" value="accept" className="primary">
                  接受
                </button>
                <button type="submit" name="intent" value="decline" className="secondary">
                  拒绝
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted-text">没有待确认的换班申请。</p>
      )}

      <h2>我的值班（{shifts.length}）</h2>
      {shifts.length ? (
        <ul className="session-list">
          {shifts.map((s) => (
            <li key={s.id}>
              <h3>
                {s.when} · <Link to={`/studios/${s.studioSlug}`}>{s.studioName}</Link>
              </h3>
              {s.note ? <p className="muted-text">{s.note}</p> : null}
              {!s.canRequest || !s.colleagues.length ? (
                s.pending ? (
                  <p className="muted-text">已申请换班，等待对方确认。</p>
                ) : null
              ) : (
                <details>
                  <summary>申请换班</summary>
                  <Form method="post" className="stack" noValidate>
                    <input type="hidden" name="intent" value="request" />
                    <input type="hidden" name="shiftId" value={s.id} />
                    <div className="field">
                      <label htmlFor={`target-${s.id}`}>请哪位委员代班</label>
                      <select id={`target-${s.id}`} name="targetId" defaultValue="">
                        <option value="">请选择</option>
                        {s.colleagues.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.displayName}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`other-${s.id}`}>交换对方的一次值班（选填）</label>
                      <select id={`other-${s.id}`} name="targetShiftId" defaultValue="">
                        <option value="">不交换，仅请对方代班</option>
                        {s.theirShifts.map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor={`note-${s.id}`}>说明（选填）</label>
                      <input type="text" id={`note-${s.id}`} name="note" />
                    </div>
                    <div className="actions">
                      <button type="submit" className="secondary">
                        发出换班申请
                      </button>
                    </div>
                  </Form>
                </details>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted-text">今后暂无值班安排。</p>
      )}

      <h2>换班记录</h2>
      {swaps.length ? (
        <div className="table-scroll">
          <table>
            <caption>近 30 天的换班申请</caption>
            <thead>
              <tr>
                <th scope="col">值班</th>
                <th scope="col">申请人</th>
                <th scope="col">代班委员</th>
                <th scope="col">状态</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {swaps.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.shift}（{s.studioName}）{s.other ? `，交换 ${s.other}` : ""}
                  </td>
                  <td>{s.requesterName}</td>
                  <td>{s.targetName}</td>
                  <td>{SWAP_STATUS_LABELS[s.status]}</td>
                  <td>
                    {s.can.withdraw ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="swapId" value={s.id} />
                        <button type="submit" name="intent" value="withdraw" className="link-button">
                          撤回
                        </button>
                      </Form>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted-text">暂无。</p>
      )}
    </section>
  );
}
