// 修改活动 and 取消活动 on the session management page, shown while a
// session can still change: the edit form (guarded by the row version) and
// the cancel form. Plain POST forms, so they work without JavaScript.
import { Form } from "@remix-run/react";
import { Field, type FormState, inputProps, valueOf } from "./form";
import { type SessionDefaults, SessionFields } from "./studio-ui";

export function SessionEditForms({
  version,
  defaults,
  can,
  state,
}: {
  version: number;
  defaults: SessionDefaults;
  can: { edit: boolean; cancel: boolean };
  state: FormState | undefined;
}) {
  const stateFor = (intent: string) =>
    state?.values?.intent === intent ? state : undefined;
  return (
    <>
      {can.edit ? (
        <>
          <h2>修改活动</h2>
          <p className="muted-text">
            已发布的活动改了时间或地点，所有报名者会收到通知，日历订阅也会更新。
          </p>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="version" value={version} />
            <SessionFields state={stateFor("update")} defaults={defaults} />
            <div className="actions">
              <button type="submit" className="primary">
                保存修改
              </button>
            </div>
          </Form>
        </>
      ) : null}
      {can.cancel ? (
        <>
          <h2>取消活动</h2>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="cancel" />
            <Field
              name="reason"
              label="取消原因（将通知所有报名者）"
              state={stateFor("cancel")}
            >
              <input
                type="text"
                defaultValue={valueOf(stateFor("cancel"), "reason")}
                {...inputProps("reason", stateFor("cancel"))}
              />
            </Field>
            <div className="actions">
              <button type="submit" className="danger">
                取消活动
              </button>
            </div>
          </Form>
        </>
      ) : null}
    </>
  );
}
