import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { FormError } from "~/components/form";
import { TopicFields } from "~/components/topic-fields";
import { affiliationOptions } from "~/models/directory/options.server";
import { topicSchema } from "~/models/participation/participation-schemas";
import { createTopic } from "~/models/participation/topics.server";
import { toBeijingLocal } from "~/utils/beijing-time";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";

export const meta: MetaFunction = () => [{ title: "设立协商议题 · 网络议政 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const { organisations } = await affiliationOptions();
  const now = Date.now();
  return json({ organisations, opensAt: toBeijingLocal(new Date(now)), closesAt: toBeijingLocal(new Date(now + 14 * 86_400_000)) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const parsed = parseForm(topicSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const topic = await createTopic(user, parsed.data);
    return redirect(`/staff/participation/topics/${topic.id}?done=created`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewTopic() {
  const { organisations, opensAt, closesAt } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="nt-title">
      <p>
        <Link to="/staff/participation">网络议政</Link>
      </p>
      <h1 id="nt-title">设立协商议题</h1>
      <p>保存后为草稿，只有工作人员能看到；发布后开始按时间征集意见。</p>
      <Form method="post" noValidate>
        <FormError state={state} />
        <TopicFields
          state={state}
          organisations={organisations}
          defaults={{ title: "", description: "", opensAt, closesAt, meetingKind: "special_consultation", meetingTitle: "", meetingDate: "", organisationId: "", documents: "" }}
        />
        <button type="submit" className="primary">
          保存草稿
        </button>
      </Form>
    </section>
  );
}
