// The 活动状态 block on the session management page: publish / close /
// reopen buttons, the cancellation note, and the minutes forms (record as
// held once started, or update the minutes afterwards). Plain POST forms.
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { ManagedSessionPage } from "~/models/studios/session-manage-queries.server";
import { Field, type FormState, inputProps, valueOf } from "./form";

type ManagedSession = SerializeFrom<ManagedSessionPage>["session"];
type SessionRights = SerializeFrom<ManagedSessionPage>["can"];

export function SessionStatusControls({ session, can, state }: { session: ManagedSession; can: SessionRights; state: FormState | undefined }) {
  const stateFor = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  return (
    <>
      <h2>活动状态</h2>
      <div className="button-row">
        {can.publish ? (
          <Form method="post">
            <button type="submit" name="intent" value="publish" className="primary">
              发布
            </button>
          </Form>
        ) : null}
        {can.close ? (
          <Form method="post">
            <button type="submit" name="intent" value="close" className="secondary">
              截止报名
            </button>
          </Form>
        ) : null}
        {can.reopen ? (
          <Form method="post">
            <button type="submit" name="intent" value="reopen" className="secondary">
              重新开放报名
            </button>
          </Form>
        ) : null}
      </div>
      {session.status === "cancelled" ? <p>已取消。原因：{session.cancelReason}</p> : null}
      {can.hold ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="hold" />
          <Field name="minutes" label="活动纪要（记录后活动成为“已举行”）" state={stateFor("hold")}>
            <textarea rows={6} defaultValue={valueOf(stateFor("hold"), "minutes")} {...inputProps("minutes", stateFor("hold"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="primary">
              记录为已举行
            </button>
          </div>
        </Form>
      ) : null}
      {can.minutes ? (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="minutes" />
          <Field name="minutes" label="活动纪要" state={stateFor("minutes")}>
            <textarea rows={6} defaultValue={valueOf(stateFor("minutes"), "minutes", session.minutes)} {...inputProps("minutes", stateFor("minutes"))} />
          </Field>
          <div className="actions">
            <button type="submit" className="secondary">
              更新纪要
            </button>
          </div>
        </Form>
      ) : null}
    </>
  );
}
