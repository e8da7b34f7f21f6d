import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireUser } from "~/auth/auth.server";
import { DRAFT_UPLOAD, readUploadedDocument } from "~/models/documents/uploads.server";
import { assertMayImport, importIntoDraft } from "~/models/loop/proposal-import.server";
import { parseId } from "~/utils/params";
import { uploadWithMessage } from "~/utils/upload-form.server";

// A Word (.docx) or text file read into the draft's 情况分析 and 具体建议, then
// back to the draft. Who may import is checked before a byte of the body is read.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.proposalId);
  const back = (message?: string) => redirect(`/member/proposals/${id}${message ? `?importError=${encodeURIComponent(message)}` : "?done=import"}#draft-form`);
  return uploadWithMessage(request, {
    mayUpload: () => assertMayImport(user, id),
    upload: DRAFT_UPLOAD,
    back,
    handle: async (form) => {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return back("请选择要导入的 Word (.docx) 或文本文件");
      const read = await readUploadedDocument(file);
      if (typeof read === "string") return back(read);
      await importIntoDraft(user, id, read.text, read.format === "text" ? "text" : "markdown");
      return back();
    },
  });
}

export async function loader() {
  return json(null, { status: 405 });
}
