import { Form } from "@remix-run/react";
import { Field, inputProps, valueOf, type FormState } from "~/components/form";
import { ADOPTION_LABELS, REPLY_CATEGORY_LABELS } from "~/utils/labels";

export interface ReplyRecommendation {
  id: number;
  marker: string | null;
  title: string;
}

/**
 * 答复: the formal (or holding) reply of a lead, sole or separate handler. A
 * formal reply marks each recommendation 已采纳/部分采纳/留作参考/不采纳 with a
 * reason; field names carry the recommendation (`adoption|12`, `reason|12`).
 */
export function ReplyForm({ state, recommendations, blockedBy }: { state?: FormState; recommendations: ReplyRecommendation[]; blockedBy: string[] }) {
  return (
    <Form method="post" className="stack card" noValidate>
      <h2>答复</h2>
      {blockedBy.length ? (
        <p className="notice">
          会办单位（{blockedBy.join("、")}）的会办意见未到，也未经提案工作人员免除：现在只能提交阶段性答复，正式答复须等会办意见。
        </p>
      ) : null}
      <input type="hidden" name="intent" value="reply" />
      <Field name="kind" label="答复类型" state={state}>
        <select defaultValue={valueOf(state, "kind", blockedBy.length ? "holding" : "formal")} {...inputProps("kind", state)}>
          <option value="formal">正式答复</option>
          <option value="holding">阶段性答复</option>
        </select>
      </Field>
      <Field name="category" label="答复类别（正式答复必选）" state={state}>
        <select defaultValue={valueOf(state, "category")} {...inputProps("category", state)}>
          <option value="">请选择</option>
          {Object.entries(REPLY_CATEGORY_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      <Field name="body" label="答复正文" state={state}>
        <textarea rows={8} defaultValue={valueOf(state, "body")} {...inputProps("body", state)} />
      </Field>
      {recommendations.length ? (
        <fieldset>
          <legend>逐条采纳情况（正式答复必填；部分采纳、留作参考、不采纳须说明理由）</legend>
          {state?.errors?.adoptions ? <p className="field-error">{state.errors.adoptions}</p> : null}
          <table>
            <thead>
              <tr>
                <th scope="col">建议</th>
                <th scope="col">采纳情况</th>
                <th scope="col">理由</th>
              </tr>
            </thead>
            <tbody>
              {recommendations.map((r) => {
                const aError = state?.errors?.[`adoption|${r.id}`];
                const rError = state?.errors?.[`reason|${r.id}`] ?? state?.errors?.[`reason-${r.id}`];
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.marker ?? ""}
                      {r.title}
                    </th>
                    <td>
                      <select name={`adoption|${r.id}`} defaultValue={valueOf(state, `adoption|${r.id}`)} aria-label={`采纳情况：${r.title}`} aria-invalid={aError ? true : undefined}>
                        <option value="">请选择</option>
                        {Object.entries(ADOPTION_LABELS).map(([v, l]) => (
                          <option key={v} value={v}>
                            {l}
                          </option>
                        ))}
                      </select>
                      {aError ? <p className="field-error">{aError}</p> : null}
                    </td>
                    <td>
                      <input type="text" name={`reason|${r.id}`} defaultValue={valueOf(state, `reason|${r.id}`)} aria-label={`理由：${r.title}`} aria-invalid={rError ? true : undefined} />
                      {rError ? <p className="field-error">{rError}</p> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
      ) : null}
      <Field name="contactName" label="联系人（印在答复函上）" state={state}>
        <input type="text" autoComplete="name" defaultValue={valueOf(state, "contactName")} {...inputProps("contactName", state)} />
      </Field>
      <Field name="contactPhone" label="联系电话" state={state}>
        <input type="tel" autoComplete="tel" defaultValue={valueOf(state, "contactPhone")} {...inputProps("contactPhone", state)} />
      </Field>
      <label>
        <input type="checkbox" name="consent" value="1" defaultChecked /> 提案人同意公开答复全文
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          提交答复（待审核）
        </button>
      </div>
    </Form>
  );
}

/** The form's adoption rows as the shared reply schema reads them. */
export function adoptionsFromForm(form: FormData) {
  const rows: { recommendationId: string; adoption: string; reason: string }[] = [];
  for (const [key, value] of form.entries()) {
    const m = /^adoption\|(\d{1,9})$/.exec(key);
    if (!m || typeof value !== "string") continue;
    const reason = form.get(`reason|${m[1]}`);
    rows.push({ recommendationId: m[1], adoption: value, reason: typeof reason === "string" ? reason : "" });
  }
  return rows;
}
