import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { endAllSessions } from "~/auth/session.server";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { EventsTable } from "~/components/events-table";
import { Field, FormError, inputProps } from "~/components/form";
import { UserFields } from "~/components/user-fields";
import { recentEventsFor } from "~/models/platform/dashboard-queries.server";
import { affiliationOptions } from "~/models/directory/options.server";
import { getUserById } from "~/models/directory/users.server";
import { setPassword } from "~/models/directory/user-passwords.server";
import { setUserActive, updateUser } from "~/models/directory/user-admin.server";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { userProfileSchema, versionSchema } from "~/utils/schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.user.username ?? "用户"} · 用户管理 · 协商` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const user = await getUserById(params.userId ?? "");
  if (!user) throw notFound();
  const [options, events] = await Promise.all([affiliationOptions(), recentEventsFor("user", user.id, 30, { admin: true })]);
  return json({ user, events, ...options });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  userProfileSchema.extend({ intent: z.literal("update"), version: versionSchema }),
  z.object({ intent: z.literal("deactivate") }),
  z.object({ intent: z.literal("reactivate") }),
  z.object({ intent: z.literal("reset-password"), password: z.string().min(1, "请输入新密码") }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const userId = params.userId ?? "";
  const form = await readForm(request);
  const parsed = parseForm(intents, form, ["roles"]);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  if (input.intent === "deactivate") {
    const ask = unconfirmed(form, {
      question: "确定停用这个账号吗？",
      detail: "停用后该用户立即退出登录，不能再登录；可以随时重新启用。",
      confirm: "确认停用",
      cancel: "不停用，返回",
    });
    if (ask) return ask;
  }
  try {
    switch (input.intent) {
      case "update": {
        const { rolesChanged } = await updateUser(userId, input, admin.id);
        // New roles take effect at the next login: old sessions end.
        if (rolesChanged) await endAllSessions(userId);
        return redirect(`/admin/users/${userId}?saved=1`);
      }
      case "deactivate":
        await setUserActive(userId, false, admin.id);
        await endAllSessions(userId);
        return redirect(`/admin/users/${userId}?saved=1`);
      case "reactivate":
        await setUserActive(userId, true, admin.id);
        return redirect(`/admin/users/${userId}?saved=1`);
      case "reset-password":
        await setPassword(userId, input.password, admin.id);
        await endAllSessions(userId);
        return redirect(`/admin/users/${userId}?saved=1`);
    }
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function EditUser() {
  const { user, events, departments, organisations } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const stateFor = (intent: string) => (state?.values?.intent === intent ? state : undefined);
  return (
    <section aria-labelledby="eu-title">
      <p>
        <Link to="/admin/users">用户</Link>
      </p>
      <h1 id="eu-title">
        {user.displayName}（{user.username}）
        {user.active ? null : <span className="badge muted">已停用</span>}
      </h1>
      {params.get("created") ? <p className="notice ok">用户已创建。</p> : null}
      {params.get("saved") ? <p className="notice ok">已保存。</p> : null}
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />
      <h2>资料与角色</h2>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="version" value={user.version} />
        <UserFields
          state={stateFor("update")}
          defaults={{
            displayName: user.displayName,
            email: user.email ?? "",
            roles: user.roles,
            departmentId: user.departmentId ? String(user.departmentId) : "",
            organisationId: user.organisationId ? String(user.organisationId) : "",
          }}
          departments={departments}
          organisations={organisations}
        />
        <div className="actions">
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </Form>
      <h2>重置密码</h2>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="reset-password" />
        <Field name="password" label="新密码" state={stateFor("reset-password")} hint="重置后该用户的所有登录会话立即失效">
          <input type="password" autoComplete="new-password" {...inputProps("password", stateFor("reset-password"), true)} />
        </Field>
        <div className="actions">
          <button type="submit" className="secondary">
            重置密码
          </button>
        </div>
      </Form>
      <h2>账号状态</h2>
      <Form method="post">
        {user.active ? (
          <button type="submit" name="intent" value="deactivate" className="danger">
            停用账号
          </button>
        ) : (
          <button type="submit" name="intent" value="reactivate" className="secondary">
            重新启用账号
          </button>
        )}
      </Form>
      <EventsTable events={events} caption="该用户的操作记录" />
    </section>
  );
}
