import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { EventsTable } from "~/components/events-table";
import { FormError } from "~/components/form";
import { StudioFields } from "~/components/studio-ui";
import { recentEventsFor } from "~/models/platform/dashboard-queries.server";
import { listMemberUsers, sectorOptions, setStudioActive, updateStudio } from "~/models/studios/studio-admin.server";
import { getStudioBySlug, studioMembersOf } from "~/models/studios/studios.server";
import studiosCss from "~/styles/studios.css";
import { domainFailure, formFailure, parseForm, readForm, unconfirmed } from "~/utils/forms.server";
import { versionSchema } from "~/utils/schemas";
import { studioSchema } from "~/models/studios/studio-schemas";
import { notFound } from "~/utils/responses";
import { defineSchema } from "~/utils/define-schema";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "工作室信息 · 协商" }];

// Studio details, members and lead are set by staff (a lead organises sessions and the rota).
async function load(request: Request, slug: string | undefined) {
  const user = await requireStaff(request);
  const studio = await getStudioBySlug(slug ?? "");
  if (!studio) throw notFound();
  return { user, studio };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { studio } = await load(request, params.slug);
  const [members, people, sectors, events] = await Promise.all([
    studioMembersOf(studio.id),
    listMemberUsers(),
    sectorOptions(),
    recentEventsFor("studio", studio.id),
  ]);
  return json({ studio, memberIds: members.map((m) => m.id), people, sectors, events });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  studioSchema.extend({ intent: z.literal("update"), version: versionSchema }),
  z.object({ intent: z.literal("deactivate") }),
  z.object({ intent: z.literal("reactivate") }),
]));

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, studio } = await load(request, params.slug);
  const form = await readForm(request);
  const parsed = parseForm(intents, form, ["memberIds"]);
  if (!parsed.ok) return formFailure(parsed);
  const input = parsed.data;
  if (input.intent === "deactivate") {
    const ask = unconfirmed(form, {
      question: `确定停用“${studio.name}”吗？`,
      detail: "停用后工作室和它的活动不再在公众页面显示；可以随时重新启用。",
      confirm: "确认停用",
      cancel: "不停用，返回",
    });
    if (ask) return ask;
  }
  try {
    if (input.intent === "update") {
      const { intent: _i, ...fields } = input;
      const row = await updateStudio(studio.id, fields, user.id);
      return redirect(`/studios/${row.slug}/manage?saved=1`);
    }
    await setStudioActive(studio.id, input.intent === "reactivate", user.id);
    return redirect(`/studios/${studio.slug}/manage?saved=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function EditStudio() {
  const { studio, memberIds, people, sectors, events } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="es-title">
      <p>
        <Link to={`/studios/${studio.slug}/manage`}>管理：{studio.name}</Link>
      </p>
      <h1 id="es-title">工作室信息与驻室委员</h1>
      <FormError state={state} />
      <ConfirmStep state={state as ConfirmationState | undefined} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="version" value={studio.version} />
        <StudioFields
          state={state?.values?.intent === "update" ? state : undefined}
          defaults={{
            slug: studio.slug,
            name: studio.name,
            district: studio.district,
            street: studio.street,
            community: studio.community,
            address: studio.address,
            sectorId: studio.sectorId ? String(studio.sectorId) : "",
            description: studio.description,
            openingHours: studio.openingHours,
            contactPhone: studio.contactPhone,
            leadId: studio.leadId ?? "",
            memberIds,
          }}
          sectors={sectors}
          members={people}
        />
        <div className="actions">
          <button type="submit" className="primary">
            保存
          </button>
        </div>
      </Form>
      <h2>状态</h2>
      <Form method="post">
        {studio.active ? (
          <button type="submit" name="intent" value="deactivate" className="danger">
            停用工作室
          </button>
        ) : (
          <button type="submit" name="intent" value="reactivate" className="secondary">
            重新启用
          </button>
        )}
      </Form>
      <EventsTable events={events} caption="该工作室的变更记录" />
    </section>
  );
}
