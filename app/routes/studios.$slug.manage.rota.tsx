import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { addShift, removeShift } from "~/models/studios/rota.server";
import { fitsSchedule, parseSchedule } from "~/models/studios/reception-schedule";
import { studioRota } from "~/models/studios/rota-queries.server";
import { studioMembersOf } from "~/models/studios/studios.server";
import studiosCss from "~/styles/studios.css";
import { formatBeijingRange } from "~/utils/beijing-time";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { requireStudioOrganiser } from "~/models/studios/studio-access.server";
import { shiftSchema } from "~/models/studios/studio-schemas";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "接待日排班 · 协商" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studio } = await requireStudioOrganiser(request, params.slug);
  const [members, rota] = await Promise.all([studioMembersOf(studio.id), studioRota(studio.id, new Date(), 200)]);
  const rule = parseSchedule(studio.openingHours);
  return json({
    studio: { slug: studio.slug, name: studio.name, openingHours: studio.openingHours },
    // Shifts outside the hours the studio states publicly: the organiser fixes one or the other.
    offSchedule: rule ? rota.filter((r) => !fitsSchedule(rule, r.startsAt, r.endsAt)).map((r) => formatBeijingRange(r.startsAt, r.endsAt)) : [],
    members: members.map((m) => ({ id: m.id, displayName: m.displayName })),
    rota: rota.map((r) => ({ id: r.id, when: formatBeijingRange(r.startsAt, r.endsAt), memberName: r.memberName, note: r.note, started: r.startsAt.getTime() <= Date.now() })),
  });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  shiftSchema.extend({ intent: z.literal("add") }),
  z.object({ intent: z.literal("remove"), shiftId: idSchema }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, studio } = await requireStudioOrganiser(request, params.slug);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  if (input.intent === "remove") {
    const shift = (await studioRota(studio.id, new Date(), 500)).find((r) => r.id === input.shiftId);
    const ask = unconfirmed(form, {
      question: shift ? `确定删除 ${formatBeijingRange(shift.startsAt, shift.endsAt)} ${shift.memberName}委员的值班吗？` : "确定删除这次值班吗？",
      detail: "删除后值班委员会收到通知，公众页面不再显示这次接待日。",
      confirm: "确认删除",
      cancel: "不删除，返回",
    });
    if (ask) return ask;
  }
  try {
    if (input.intent === "add") await addShift(studio.id, input, user);
    else await removeShift(input.shiftId, user);
    return redirect(`/studios/${studio.slug}/manage/rota?done=${input.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function ManageRota() {
  const { studio, members, rota, offSchedule } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const addState = state?.values?.intent === "add" ? state : undefined;
  return (
    <section aria-labelledby="rota-title">
      <p>
        <Link to={`/studios/${studio.slug}/manage`}>管理：{studio.name}</Link>
      </p>
      <h1 id="rota-title">接待日排班</h1>
      {params.get("done") === "add" ? <p className="notice ok">已安排，值班委员已收到通知。</p> : null}
      {params.get("done") === "remove" ? <p className="notice ok">已删除该次值班。</p> : null}
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />
      {offSchedule.length ? (
        <div className="notice">
          <p>
            以下接待日不在工作室公布的接待时间（{studio.openingHours}）内，公众会看到两者不一致：{offSchedule.join("；")}。
          </p>
          <p>
            请调整排班，或在<Link to={`/studios/${studio.slug}/manage/edit`}>工作室信息</Link>中修改接待时间。
          </p>
        </div>
      ) : null}
      <div className="table-scroll">
        <table>
          <caption>今后的接待日（北京时间）</caption>
          <thead>
            <tr>
              <th scope="col">时间</th>
              <th scope="col">值班委员</th>
              <th scope="col">备注</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {rota.map((r) => (
              <tr key={r.id}>
                <td>{r.when}</td>
                <td>{r.memberName}</td>
                <td>{r.note || "—"}</td>
                <td>
                  {!r.started ? (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="shiftId" value={r.id} />
                      <button type="submit" name="intent" value="remove" className="link-button">
                        删除
                      </button>
                    </Form>
                  ) : (
                    "进行中"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>安排值班</h2>
      {members.length ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="add" />
          <Field name="memberId" label="值班委员" state={addState}>
            <select defaultValue={valueOf(addState, "memberId")} {...inputProps("memberId", addState)}>
              <option value="">请选择</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
            </select>
          </Field>
          <div className="field-pair">
            <Field name="startsAt" label="开始时间（北京时间）" state={addState}>
              <input type="datetime-local" defaultValue={valueOf(addState, "startsAt")} {...inputProps("startsAt", addState)} />
            </Field>
            <Field name="endsAt" label="结束时间（北京时间）" state={addState}>
              <input type="datetime-local" defaultValue={valueOf(addState, "endsAt")} {...inputProps("endsAt", addState)} />
            </Field>
          </div>
          <Field name="note" label="备注（选填）" state={addState}>
            <input type="text" defaultValue={valueOf(addState, "note")} {...inputProps("note", addState)} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              安排
            </button>
          </div>
        </Form>
      ) : (
        <p>本工作室还没有驻室委员，请工作人员先添加。</p>
      )}
    </section>
  );
}
