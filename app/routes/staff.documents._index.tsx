import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { formatTime } from "~/components/events-table";
import { listDocuments } from "~/models/documents/document-queries.server";
import { createDraftFromDocument, listOpenDrafts } from "~/models/documents/drafts.server";
import type { DraftContent } from "~/models/documents/draft-tree";
import { DOCUMENT_KIND_LABELS } from "~/utils/labels";
import { httpStatusOf, isDomainError } from "~/utils/errors";
import { readForm } from "~/utils/forms.server";

export const meta: MetaFunction = () => [{ title: "录入与校对 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const [drafts, { rows }] = await Promise.all([listOpenDrafts(), listDocuments({}, 1, 200)]);
  return json({
    drafts: drafts.map((d) => ({
      id: d.id,
      createdAt: d.createdAt.toISOString(),
      revising: d.documentId !== null,
      titles: (d.content as DraftContent).documents.map((x) => x.meta.title),
    })),
    documents: rows.map((d) => ({ slug: d.slug, title: d.title, kind: d.kind, year: d.year, version: d.currentVersion })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const slug = z.string().min(1).max(100).safeParse(form.get("slug"));
  if (!slug.success) throw new Response("Bad Request", { status: 400 });
  try {
    const id = await createDraftFromDocument(slug.data, user.id);
    return redirect(`/staff/drafts/${id}`);
  } catch (error) {
    // A slug that names no document (any more): the 404 page, not a 500.
    if (isDomainError(error)) throw new Response(error.message, { status: httpStatusOf[error.code] });
    throw error;
  }
}

export default function StaffDocuments() {
  const { drafts, documents } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="sd-title">
      <h1 id="sd-title">录入与校对</h1>
      <p>
        <Link to="/staff/documents/new" className="button">
          录入新文档
        </Link>
      </p>
      <h2>未发布的草稿（{drafts.length}）</h2>
      {drafts.length ? (
        <ul>
          {drafts.map((d) => (
            <li key={d.id}>
              <Link to={`/staff/drafts/${d.id}`}>
                草稿 {d.id}：{d.titles.join("；") || "（无标题）"}
              </Link>{" "}
              <span className="count">
                {d.revising ? "修订已发布文档 · " : ""}
                {formatTime(d.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有未发布的草稿。</p>
      )}
      <h2>已发布的文档（{documents.length}）</h2>
      <table>
        <caption>修订会生成新版本，旧版本保留在修订记录中</caption>
        <thead>
          <tr>
            <th scope="col">标题</th>
            <th scope="col">类别</th>
            <th scope="col">版本</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.slug}>
              <td>
                <Link to={`/documents/${d.slug}`}>{d.title}</Link>
              </td>
              <td>
                {DOCUMENT_KIND_LABELS[d.kind]} · {d.year}
              </td>
              <td>第 {d.version} 版</td>
              <td>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="slug" value={d.slug} />
                  <button type="submit" className="secondary" aria-label={`修订：${d.title}`}>
                    修订
                  </button>
                </Form>
                {d.kind === "research_report" ? (
                  <Link to={`/staff/documents/${d.slug}/assign`} aria-label={`交办：${d.title}`}>
                    交办
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
