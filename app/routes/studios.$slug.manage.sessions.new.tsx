import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { FormError } from "~/components/form";
import { SessionFields } from "~/components/studio-ui";
import { createSession } from "~/models/studios/studio-sessions.server";
import studiosCss from "~/styles/studios.css";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { requireStudioOrganiser } from "~/models/studios/studio-access.server";
import { sessionSchema } from "~/models/studios/studio-schemas";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "新建协商活动 · 协商" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studio } = await requireStudioOrganiser(request, params.slug);
  return json({ studio: { slug: studio.slug, name: studio.name, address: studio.address } });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, studio } = await requireStudioOrganiser(request, params.slug);
  const form = await readForm(request);
  const parsed = parseForm(sessionSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const session = await createSession(studio.id, parsed.data, user);
    return redirect(`/studios/${studio.slug}/manage/sessions/${session.id}?done=created`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewSession() {
  const { studio } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="new-session-title">
      <p>
        <Link to={`/studios/${studio.slug}/manage`}>管理：{studio.name}</Link>
      </p>
      <h1 id="new-session-title">新建协商活动</h1>
      <p>活动先保存为草稿，检查无误后再发布；发布后即可报名。</p>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <SessionFields
          state={state}
          defaults={{
            topic: "",
            description: "",
            startsAt: "",
            endsAt: "",
            place: studio.address,
            capacity: "30",
            reservedForMembers: "0",
            audience: "public",
            signupOpensAt: "",
            signupClosesAt: "",
          }}
        />
        <div className="actions">
          <button type="submit" className="primary">
            保存草稿
          </button>
        </div>
      </Form>
    </section>
  );
}
