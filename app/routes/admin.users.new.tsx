import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireAdmin } from "~/auth/auth.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { UserFields } from "~/components/user-fields";
import { affiliationOptions } from "~/models/directory/options.server";
import { createUser } from "~/models/directory/users.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { userProfileSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

export const meta: MetaFunction = () => [{ title: "新建用户 · 协商" }];

const schema = /* @__PURE__ */ defineSchema(() => userProfileSchema.extend({
  username: z.string().trim().toLowerCase().min(1, "请填写用户名"),
  password: z.string().min(1, "请设置初始密码"),
}));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return json(await affiliationOptions());
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireAdmin(request);
  const form = await readForm(request);
  const parsed = parseForm(schema, form, ["roles"]);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const user = await createUser(parsed.data, admin.id);
    return redirect(`/admin/users/${user.id}?created=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewUser() {
  const { departments, organisations } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="nu-title">
      <h1 id="nu-title">新建用户</h1>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <Field name="username" label="用户名" state={state} hint="3–32 位小写字母、数字或 . _ -">
          <input type="text" defaultValue={valueOf(state, "username")} {...inputProps("username", state, true)} />
        </Field>
        <Field name="password" label="初始密码" state={state} hint="至少 10 个字符，须包含字母和数字；请告知用户登录后修改">
          <input type="password" autoComplete="new-password" {...inputProps("password", state, true)} />
        </Field>
        <UserFields
          state={state}
          defaults={{ displayName: "", email: "", roles: ["member"], departmentId: "", organisationId: "" }}
          departments={departments}
          organisations={organisations}
        />
        <div className="actions">
          <button type="submit" className="primary">
            创建用户
          </button>
        </div>
      </Form>
    </section>
  );
}
