import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { formatTime } from "~/components/events-table";
import { getPublishedDocument, getVersion, listVersions } from "~/models/documents/document-queries.server";
import { cleanText } from "~/utils/markdown.server";
import { notFound } from "~/utils/responses";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `修订记录 · ${data?.title ?? ""} · 协商` }];

// The public history: every version with its full source text, never edited.
export async function loader({ params, request }: LoaderFunctionArgs) {
  const found = await getPublishedDocument(params.slug ?? "");
  if (!found) throw notFound();
  const versions = await listVersions(found.doc.id);
  const v = new URL(request.url).searchParams.get("v");
  // Only a number the version column can hold: ?v=13800000000 is no version, not a 500.
  const wanted = v === null ? (versions[0]?.version ?? 1) : /^\d{1,9}$/.test(v) ? Number(v) : null;
  const shown = wanted !== null ? await getVersion(found.doc.id, wanted) : null;
  return json({
    slug: found.doc.slug,
    title: found.doc.title,
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    // The source as pasted, shown as text with any markup removed.
    shown: shown && { version: shown.version, title: shown.title, sourceText: cleanText(shown.sourceText) },
  });
}

export default function History() {
  const { slug, title, versions, shown } = useLoaderData<typeof loader>();
  return (
    <article aria-labelledby="h-title">
      <p>
        <Link to={`/documents/${slug}`}>{title}</Link>
      </p>
      <h1 id="h-title">修订记录</h1>
      <table>
        <caption>共 {versions.length} 个版本</caption>
        <thead>
          <tr>
            <th scope="col">版本</th>
            <th scope="col">标题</th>
            <th scope="col">时间</th>
            <th scope="col">说明</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>
                <Link to={`?v=${v.version}`}>第 {v.version} 版</Link>
              </td>
              <td>{v.title}</td>
              <td>{formatTime(v.createdAt)}</td>
              <td>{v.note ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown ? (
        <section aria-labelledby="src-title">
          <h2 id="src-title">第 {shown.version} 版原文</h2>
          <pre className="source">{shown.sourceText}</pre>
        </section>
      ) : null}
    </article>
  );
}
