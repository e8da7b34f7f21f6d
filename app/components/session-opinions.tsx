// 社情民意 gathered at a held session: the list (noting which became a
// member's proposal draft) and the form organisers use to record one
// (a plain POST form, so it works without JavaScript).
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import type { ManagedSessionPage } from "~/models/studios/session-manage-queries.server";
import { Field, type FormState, inputProps, valueOf } from "./form";

type Opinion = SerializeFrom<ManagedSessionPage>["opinions"][number];

export function SessionOpinions({ opinions, state }: { opinions: Opinion[]; state: FormState | undefined }) {
  const opinionState = state?.values?.intent === "opinion" ? state : undefined;
  return (
    <>
      <h2>社情民意（{opinions.length}）</h2>
      <p className="muted-text">委员可在活动公开页面把其中一条“转为我的提案草稿”，提案与意见互相链接。</p>
      {opinions.length ? (
        <ol>
          {opinions.map((o) => (
            <li key={o.id}>
              <strong>{o.title}</strong>
              {o.raisedBy ? `（${o.raisedBy}）` : ""}
              {o.proposalId ? " · 已转为提案草稿" : ""}
              <p className="doc-text">{o.body}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="opinion" />
        <Field name="title" label="标题" state={opinionState}>
          <input type="text" defaultValue={valueOf(opinionState, "title")} {...inputProps("title", opinionState)} />
        </Field>
        <Field name="raisedBy" label="反映人（选填）" state={opinionState}>
          <input type="text" defaultValue={valueOf(opinionState, "raisedBy")} {...inputProps("raisedBy", opinionState)} />
        </Field>
        <Field name="body" label="内容" state={opinionState}>
          <textarea rows={4} defaultValue={valueOf(opinionState, "body")} {...inputProps("body", opinionState)} />
        </Field>
        <div className="actions">
          <button type="submit" className="secondary">
            登记社情民意
          </button>
        </div>
      </Form>
    </>
  );
}
