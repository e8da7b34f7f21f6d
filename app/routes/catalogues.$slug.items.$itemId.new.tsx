import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireUser } from "~/auth/auth.server";
import { EntryFields } from "~/components/entry-fields";
import { FormError } from "~/components/form";
import { createEntry } from "~/models/catalogues/catalogue-entries.server";
import { canAuthor } from "~/models/catalogues/catalogues.server";
import { getItem } from "~/models/catalogues/catalogue-items.server";
import { itemStatuses } from "~/models/catalogues/catalogue-status.server";
import { isPeriodic } from "~/models/catalogues/disclosure-schedule";
import styles from "~/styles/catalogues.css";
import { entryFormSchema } from "~/models/catalogues/catalogue-schemas";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import type { AppUser } from "~/models/directory/users.server";
import { notFound } from "~/utils/responses";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `新建公开信息 · ${data?.item.title ?? ""} · 协商` }];

async function authorised(request: Request, params: { slug?: string; itemId?: string }): Promise<{ user: AppUser; found: NonNullable<Awaited<ReturnType<typeof getItem>>> }> {
  const user = await requireUser(request);
  const found = await getItem(parseId(params.itemId));
  if (!found || found.catalogue.slug !== params.slug) throw notFound();
  if (!canAuthor(user, found.responsibility)) throw new Response("只有该事项的责任单位或信息公开工作人员可以发布信息", { status: 403 });
  return { user, found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await authorised(request, params);
  const { item, catalogue } = found;
  const [status] = await itemStatuses({ itemIds: [item.id] });
  const period = status.status.nextPeriod;
  return json({
    catalogue: { slug: catalogue.slug, title: catalogue.title },
    item: { id: item.id, title: item.title, source: item.source },
    periodic: isPeriodic(item.frequency),
    eventDriven: item.frequency === "event",
    defaults: {
      title: period ? `${period.label}${item.title}` : "",
      body: "",
      periodStart: period?.start ?? "",
      periodEnd: period?.end ?? "",
      occurredOn: "",
      correctionNote: "",
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found } = await authorised(request, params);
  const form = await readForm(request);
  const parsed = parseForm(entryFormSchema, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    const entry = await createEntry(found.item.id, parsed.data, user);
    return redirect(`/catalogues/entries/${entry.id}/edit?created=1`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

export default function NewEntry() {
  const { catalogue, item, periodic, eventDriven, defaults } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  return (
    <section aria-labelledby="ne-title">
      <p>
        <Link to={`/catalogues/${catalogue.slug}`}>{catalogue.title}</Link> › <Link to={`/catalogues/${catalogue.slug}/items/${item.id}`}>{item.title}</Link>
      </p>
      <h1 id="ne-title">新建公开信息</h1>
      <p>保存为草稿后可以上传附件，再提交审核。审核须由另一位工作人员完成，审核通过后公开。</p>
      <FormError state={state} />
      <Form method="post" className="stack" noValidate>
        <EntryFields state={state} defaults={defaults} periodic={periodic} eventDriven={eventDriven} correction={false} />
        <div className="actions">
          <button type="submit" className="primary">
            保存草稿
          </button>
        </div>
      </Form>
    </section>
  );
}
