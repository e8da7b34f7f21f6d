import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { requireStaff } from "~/auth/auth.server";
import { ConfirmStep, type ConfirmationState } from "~/components/confirm-step";
import { DraftEditor } from "~/components/draft-editor";
import { listDepartments } from "~/models/directory/departments.server";
import { DraftPreview } from "~/components/draft-preview";
import { readDraftForm, readPreviewForm } from "~/models/documents/draft-form.server";
import { runPreviewAction } from "~/models/documents/draft-preview.server";
import { applyEdits, applyOperation, DraftError, withSettledKinds } from "~/models/documents/draft-tree";
import { discardDraft, getDraft, publishDraft, saveDraftContent } from "~/models/documents/drafts.server";
import { listOrganisations } from "~/models/directory/organisations.server";
import { CHROME_REASON_LABELS } from "~/structurer/chrome-reason-labels";
import { isDomainError } from "~/utils/errors";
import { parseId } from "~/utils/params";
import { summaryForDraft } from "~/models/participation/summaries.server";
import { readForm, unconfirmed } from "~/utils/forms.server";
import { notFound } from "~/utils/responses";

export const meta: MetaFunction = () => [{ title: "校对草稿 · 协商" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const draft = await getDraft(parseId(params.draftId));
  if (!draft) throw notFound();
  const [departments, organisations, summaryOf] = await Promise.all([listDepartments(), listOrganisations(), summaryForDraft(draft.id)]);
  return json({
    summaryOf,
    // Each node's kind as the structurer proposed it, or as the store would settle it (drafts from before kinds).
    draft: { id: draft.id, version: draft.version, status: draft.status, revising: draft.documentId !== null, sourceText: draft.sourceText, content: withSettledKinds(draft.content) },
    departments: departments.map((d) => d.name),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    preview: {
      removed: (draft.content.removed ?? []).map((r) => ({ line: r.line, text: r.text, reason: CHROME_REASON_LABELS[r.reason] ?? r.reason })),
      keepLines: draft.content.keepLines ?? [],
      suggestions: draft.content.suggestions ?? [],
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = parseId(params.draftId);
  const draft = await getDraft(id);
  if (!draft) throw notFound();
  const form = await readForm(request);
  const { version, edits, metas, operation, intent } = readDraftForm(form);
  const preview = readPreviewForm(form, intent);
  if (preview && !preview.ok) return json({ formError: "请按提示修改后再提交", errors: preview.errors }, { status: 400 });
  try {
    if (intent === "discard") {
      const ask = unconfirmed(form, { question: "确定放弃这份草稿吗？", detail: "放弃后草稿里的校对修改都不再保留，也不能恢复；原文需要重新录入。", confirm: "确认放弃", cancel: "不放弃，返回" });
      if (ask) return ask;
      await discardDraft(id, user.id);
      return redirect("/staff/documents");
    }
    if (preview) return redirect(await runPreviewAction(id, version, applyEdits(draft.content, edits, metas), preview.action, user.id));
    // Every button submits the whole editor: edits first, then the operation.
    let content = applyEdits(draft.content, edits, metas);
    if (operation) content = applyOperation(content, operation);
    const newVersion = await saveDraftContent(id, version, content, user.id);
    if (intent === "publish") {
      const slugs = await publishDraft(id, newVersion, user.id);
      return redirect(slugs.length === 1 ? `/documents/${slugs[0]}` : `/documents?published=${slugs.length}`);
    }
    const anchor = operation && operation.op !== "delete" ? `#n-${operation.ref.replace(/[:.]/g, "-")}` : "";
    return redirect(`/staff/drafts/${id}?saved=1${anchor}`);
  } catch (error) {
    if (error instanceof DraftError || isDomainError(error)) {
      return json({ formError: error.message, errors: isDomainError(error) && error.field ? { [error.field]: error.message } : {} }, { status: isDomainError(error) && error.code === "conflict" ? 409 : 400 });
    }
    throw error;
  }
}

export default function DraftPage() {
  const { draft, departments, organisations, summaryOf, preview } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (draft.status !== "open") {
    return (
      <section>
        <h1>草稿 {draft.id}</h1>
        <p className="notice">该草稿已{draft.status === "published" ? "发布" : "放弃"}。</p>
        <p>
          <Link to="/staff/documents">返回录入与校对</Link>
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="draft-title">
      <p>
        <Link to="/staff/documents">录入与校对</Link>
      </p>
      <h1 id="draft-title">
        校对草稿 {draft.id}
        {draft.revising ? "（修订已发布文档）" : ""}
      </h1>
      {summaryOf ? (
        <p className="notice ok">
          本草稿汇总自协商议题<Link to={summaryOf.url}>“{summaryOf.title}”</Link>的 {summaryOf.opinions} 条意见；每条建议记下了来源意见，发布后在报告中注明。
        </p>
      ) : null}
      {result && "formError" in result ? (
        <div className="form-error" role="alert">
          {result.formError}
        </div>
      ) : null}
      <ConfirmStep state={result as ConfirmationState | undefined} />
      <p className="hint">
        左侧为原文，右侧为识别出的结构。修改标题、正文和相关单位后点“保存修改”；每个条目下的按钮可合并、拆分（先在正文中单独输入一行 ---）、移动、升降级或删除。确认无误后点“发布”。
      </p>
      <div className="side-by-side">
        <section aria-labelledby="src-title">
          <h2 id="src-title">原文</h2>
          <pre className="source">{draft.sourceText}</pre>
        </section>
        <section aria-labelledby="tree-title">
          <h2 id="tree-title">结构</h2>
          <DraftEditor key={draft.version} draft={draft} departments={departments} organisations={organisations}>
            <DraftPreview {...preview} errors={result && "errors" in result ? result.errors : {}} />
          </DraftEditor>
          <Form method="post" className="actions">
            <input type="hidden" name="version" value={draft.version} />
            <button type="submit" name="intent" value="discard" className="danger">
              放弃草稿
            </button>
          </Form>
        </section>
      </div>
    </section>
  );
}
