import { Form } from "@remix-run/react";

/** The draft's attachments (PDF and images): list, remove, upload. */
export function ProposalAttachments({
  proposalId,
  attachments,
  editable,
  error,
}: {
  proposalId: number;
  attachments: { id: number; fileName: string; size: number }[];
  editable: boolean;
  error: string | null;
}) {
  return (
    <>
      <h2>附件（{attachments.length}）</h2>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul>
        {attachments.map((f) => (
          <li key={f.id}>
            <a href={`/proposals/attachments/${f.id}`}>{f.fileName}</a>（{Math.ceil(f.size / 1024)} KB）
            {editable ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="fileId" value={f.id} />
                <button type="submit" name="intent" value="remove-attachment" className="link-button">
                  删除<span className="visually-hidden">附件 {f.fileName}</span>
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <Form method="post" action={`/member/proposals/${proposalId}/attachments`} encType="multipart/form-data" className="actions">
          <label htmlFor="attach-file">添加附件（PDF 或图片，不超过 10 MB）</label>
          <input type="file" id="attach-file" name="file" accept=".pdf,.png,.jpg,.jpeg,.gif,.webp" />
          <button type="submit" className="secondary">
            上传
          </button>
        </Form>
      ) : null}
    </>
  );
}

/** 导入 Word: a .docx (or .txt) read into the draft's 情况分析 and 具体建议. */
export function DraftImportForm({ proposalId, error }: { proposalId: number; error: string | null }) {
  return (
    <Form method="post" action={`/member/proposals/${proposalId}/import`} encType="multipart/form-data" className="stack card" reloadDocument>
      <div className="field">
        <label htmlFor="import-file">从 Word 导入（.docx 或 .txt，不超过 10 MB）</label>
        <span className="hint" id="import-file-hint">
          导入的文字替换下方的两部分正文，标题取文档的一级标题；请核对后保存。
        </span>
        <input type="file" id="import-file" name="file" accept=".docx,.txt" aria-invalid={error ? true : undefined} aria-describedby={error ? "import-file-hint import-file-error" : "import-file-hint"} />
        {error ? (
          <p className="field-error" id="import-file-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <button type="submit" className="secondary">
          导入
        </button>
      </div>
    </Form>
  );
}
