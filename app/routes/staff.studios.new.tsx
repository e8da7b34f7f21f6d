import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { FormError } from "~/components/form";
import { StudioFields } from "~/components/studio-ui";
import { createStudio, listMemberUsers, sectorOptions } from "~/models/studios/studio-admin.server";
import studiosCss from "~/styles/studios.css";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { studioSchema } from "~/models/studios/studio-schemas";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "新建委员工作室 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const [people, sectors] = await Promise.all([listMemberUsers(), sectorOptions()]);
  return json({ people, sectors });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const parsed = parseForm(studioSchema, form, ["memberIds"]);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const studio = await createStudio(parsed.data, user.id);
    return redirect(`/studios/${studio.slug}/manage?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewStudio() {
  const { people, sectors } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="ns-title">
      <p>
        <Link to="/staff/studios">委员工作室管理</Link>
      </p>
      <h1 id="ns-title">新建委员工作室</h1>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <StudioFields
          state={state}
          defaults={{
            slug: "",
            name: "",
            district: "",
            street: "",
            community: "",
            address: "",
            sectorId: "",
            description: "",
            openingHours: "",
            contactPhone: "",
            leadId: "",
            memberIds: [],
          }}
          sectors={sectors}
          members={people}
        />
        <div className="actions">
          <button type="submit" className="primary">
            创建
          </button>
        </div>
      </Form>
    </section>
  );
}
