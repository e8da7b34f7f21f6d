import { Form } from "@remix-run/react";
import { Field, inputProps, type FormState } from "~/components/form";

export interface MemberChoice {
  id: string;
  name: string;
  organisation: string | null;
  organisationKind: string | null;
}

const KIND_LABELS: Record<string, string> = {
  party: "党派",
  federation: "团体",
  committee: "专委会",
  sector: "界别",
};

function Choices({
  members,
  caption,
}: {
  members: MemberChoice[];
  caption: string;
}) {
  return (
    <table aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">姓名</th>
          <th scope="col">界别 / 党派</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <td>{m.name}</td>
            <td>
              {m.organisation
                ? `${m.organisation}（${
                    KIND_LABELS[m.organisationKind ?? ""] ?? ""
                  }）`
                : "—"}
            </td>
            <td>
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="invite-member" />
                <input type="hidden" name="userId" value={m.id} />
                <button type="submit" className="secondary">
                  邀请<span className="visually-hidden"> {m.name}</span>
                </button>
              </Form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 联名 (issue 15): who is invited, invite by name (or user name), and a member
 * search by name, 界别 and party — a GET form, so it works without JavaScript.
 * The lists show name and 界别/party only.
 */
export function CosignerPanel({
  signers,
  editable,
  state,
  choices,
  search,
  organisations,
}: {
  signers: {
    userId: string;
    name: string;
    state: "invited" | "confirmed" | "declined";
  }[];
  editable: boolean;
  state?: FormState;
  choices: MemberChoice[] | null;
  search: { q: string; org: string; hits: MemberChoice[] | null };
  organisations: { id: number; name: string; kind: string }[];
}) {
  return (
    <section aria-labelledby="cs-title" id="cosigners">
      <h2 id="cs-title">联名委员（{signers.length}）</h2>
      <ul>
        {signers.map((s) => (
          <li key={s.userId}>
            {s.name}：
            {
              { invited: "待答复", confirmed: "已同意", declined: "已谢绝" }[
                s.state
              ]
            }
          </li>
        ))}
      </ul>
      {editable ? (
        <>
          {/* Keyed by the list: after an invitation the name field starts empty again (with JavaScript too). */}
          <Form method="post" className="stack" noValidate key={signers.length}>
            <input type="hidden" name="intent" value="invite" />
            <Field
              name="username"
              label="邀请联名（委员姓名，如“陈思远”）"
              state={state}
            >
              <input type="text" {...inputProps("username", state)} />
            </Field>
            <div className="actions">
              <button type="submit" className="secondary">
                邀请
              </button>
            </div>
          </Form>
          {choices?.length ? (
            <Choices members={choices} caption="相符的委员，请选择一位" />
          ) : null}
          <Form
            method="get"
            className="filters"
            role="search"
            aria-label="查找委员"
          >
            <div className="field">
              <label htmlFor="ms-q">按姓名查找委员</label>
              <input type="search" id="ms-q" name="q" defaultValue={search.q} />
            </div>
            <div className="field">
              <label htmlFor="ms-org">界别 / 党派</label>
              <select id="ms-org" name="org" defaultValue={search.org}>
                <option value="">不限</option>
                {["sector", "party", "federation", "committee"].map((kind) => {
                  const list = organisations.filter((o) => o.kind === kind);
                  return list.length ? (
                    <optgroup key={kind} label={KIND_LABELS[kind]}>
                      {list.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
            </div>
            <div className="actions">
              <button type="submit" className="secondary">
                查找委员
              </button>
            </div>
          </Form>
          {search.hits ? (
            search.hits.length ? (
              <Choices members={search.hits} caption="查找结果" />
            ) : (
              <p>没有找到相符的委员。</p>
            )
          ) : null}
        </>
      ) : null}
    </section>
  );
}
