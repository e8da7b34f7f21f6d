import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth/auth.server";
import { createSession, endAllSessions } from "~/auth/session.server";
import { Field, FormError, inputProps } from "~/components/form";
import { changePassword } from "~/models/directory/user-passwords.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "修改密码 · 协商" }];

const schema = /* @__PURE__ */ defineSchema(() => z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码"),
    newPassword: z.string().min(1, "请输入新密码"),
    confirm: z.string().min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirm, { message: "两次输入的新密码不一致", path: ["confirm"] }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    await changePassword(user.id, parsed.data.currentPassword, parsed.data.newPassword);
  } catch (error) {
    return domainFailure(error, form);
  }
  // Every other session (another browser, a lost phone) ends; this one is renewed.
  await endAllSessions(user.id);
  return redirect("/account?changed=1", { headers: { "Set-Cookie": await createSession(request, user.id) } });
}

export default function ChangePassword() {
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="pw-title">
      <h1 id="pw-title">修改密码</h1>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <Field name="currentPassword" label="当前密码" state={state}>
          <input type="password" autoComplete="current-password" {...inputProps("currentPassword", state)} />
        </Field>
        <Field name="newPassword" label="新密码" state={state} hint="至少 10 个字符，须包含字母和数字">
          <input type="password" autoComplete="new-password" {...inputProps("newPassword", state, true)} />
        </Field>
        <Field name="confirm" label="确认新密码" state={state}>
          <input type="password" autoComplete="new-password" {...inputProps("confirm", state)} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            保存新密码
          </button>
        </div>
      </Form>
    </section>
  );
}
