import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { formatTime } from "~/components/events-table";
import { Field, FormError, inputProps, valueOf, type FormState } from "~/components/form";
import { createApiToken, listApiTokens, revokeApiToken } from "~/models/directory/api-tokens.server";
import { listDepartments } from "~/models/directory/departments.server";
import { getEnv } from "~/utils/env.server";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "接口令牌 · 系统管理 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireAdmin(request);
  const [tokens, departments] = await Promise.all([listApiTokens(admin), listDepartments()]);
  return json({
    perMinute: getEnv().API_TOKEN_RATE_LIMIT,
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
    tokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      prefix: t.prefix,
      department: t.departmentName,
      account: t.serviceUsername,
      createdBy: t.createdBy,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
      revokedAt: t.revokedAt?.toISOString() ?? null,
    })),
  });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("create"),
    name: z.string().trim().min(2, "名称至少 2 个字").max(60, "名称不超过 60 个字"),
    departmentId: z.coerce.number({ message: "请选择承办单位" }).int().positive("请选择承办单位").max(2_147_483_647, "请选择承办单位"),
  }),
  z.object({ intent: z.literal("revoke"), tokenId: idSchema }),
]));

// Creating answers with the page itself instead of redirecting: the secret is
// shown this once and must not travel in a URL or be stored to show it again.
export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    if (parsed.data.intent === "revoke") {
      const tokenId = parsed.data.tokenId;
      const token = (await listApiTokens(admin)).find((t) => t.id === tokenId);
      const ask = unconfirmed(form, {
        question: `确定吊销令牌“${token?.name ?? tokenId}”吗？`,
        detail: "吊销立即生效，使用它的系统再调用接口会被拒绝；吊销后不能恢复，只能重新签发。",
        confirm: "确认吊销",
        cancel: "不吊销，返回",
      });
      if (ask) return ask;
      await revokeApiToken(admin, tokenId);
      return redirect("/admin/tokens?revoked=1");
    }
    const { token, secret } = await createApiToken(admin, parsed.data);
    return json({ created: { name: token.name, prefix: token.prefix, secret } }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return domainFailure(error, form);
  }
}

type ActionData = FormState & { created?: { name: string; prefix: string; secret: string } };

export default function AdminTokens() {
  const { tokens, departments, perMinute } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const state = data?.created ? undefined : data;
  return (
    <section aria-labelledby="tokens-title">
      <h1 id="tokens-title">接口令牌</h1>
      <p>
        承办单位的业务系统用接口令牌调用 <code>/api/v1</code>（请求头 <code>Authorization: Bearer 令牌</code>）。令牌以所属单位的身份工作，
        只能查看和办理本单位的交办件；操作记录记在令牌名下。每个令牌每分钟最多 {perMinute} 次请求。
      </p>
      {data?.created ? (
        <div className="notice ok" role="status">
          <p>
            已为“{data.created.name}”签发令牌。<strong>令牌只显示这一次</strong>，请立即复制并保存到对方系统；遗失后只能吊销并重新签发。
          </p>
          <label htmlFor="new-token">新令牌</label>
          <input id="new-token" readOnly value={data.created.secret} size={52} style={{ fontFamily: "monospace", maxWidth: "100%" }} />
        </div>
      ) : null}
      {params.get("revoked") ? (
        <p className="notice ok" role="status">
          令牌已吊销，使用它的请求将被拒绝。
        </p>
      ) : null}
      <ConfirmStep state={data as ConfirmationState | undefined} />

      <h2>签发新令牌</h2>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="create" />
        <Field name="name" label="用途（对接的系统）" state={state}>
          <input type="text" required maxLength={60} defaultValue={valueOf(state, "name")} placeholder="例如：市民政局办公系统" {...inputProps("name", state)} />
        </Field>
        <Field name="departmentId" label="所属承办单位" state={state}>
          <select required defaultValue={valueOf(state, "departmentId")} {...inputProps("departmentId", state)}>
            <option value="">（请选择）</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            签发令牌
          </button>
        </div>
      </Form>

      <h2>已签发的令牌</h2>
      {tokens.length === 0 ? (
        <p>还没有签发令牌。</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>令牌只保存摘要；“标识”是令牌的开头几位，用于辨认</caption>
            <thead>
              <tr>
                <th scope="col">用途</th>
                <th scope="col">承办单位</th>
                <th scope="col">标识</th>
                <th scope="col">签发</th>
                <th scope="col">最近使用</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr key={t.id}>
                  <td>
                    {t.name}
                    <br />
                    <small>账号 {t.account}</small>
                  </td>
                  <td>{t.department}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>
                    {formatTime(t.createdAt)}
                    <br />
                    <small>{t.createdBy}</small>
                  </td>
                  <td>{t.lastUsedAt ? formatTime(t.lastUsedAt) : "从未使用"}</td>
                  <td>
                    {t.revokedAt ? (
                      <span className="badge muted">已吊销 {formatTime(t.revokedAt)}</span>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="tokenId" value={t.id} />
                        <span className="badge ok">有效</span>{" "}
                        <button type="submit" className="danger" aria-label={`吊销令牌 ${t.name}（${t.prefix}…）`}>
                          吊销
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
