import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireUser } from "~/auth/auth.server";
import { DRAFT_UPLOAD, readUploadedDocument } from "~/models/documents/uploads.server";
import { assertMayImport, importIntoDraft } from "~/models/loop/proposal-import.server";
import { UploadRefused, readUploadForm } from "~/utils/body-limits.server";
import { isDomainError } from "~/utils/errors";
import { unreadableForm, withoutNul } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";

// A Word (.docx) or text file read into the draft's 情况分析 and 具体建议, then
// back to the draft. Who may import is checked before a byte of the body is read.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.proposalId);
  const back = (message?: string) => redirect(`/member/proposals/${id}${message ? `?importError=${encodeURIComponent(message)}` : "?done=import"}#draft-form`);
  try {
    await assertMayImport(user, id);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    await request.body?.cancel().catch(() => {});
    if (error.code === "not_found") throw notFound();
    return back(error.message);
  }
  let form: FormData;
  try {
    form = withoutNul(await readUploadForm(request, DRAFT_UPLOAD));
  } catch (error) {
    if (error instanceof Response) throw error;
    if (error instanceof UploadRefused) return back(error.message);
    throw unreadableForm();
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return back("请选择要导入的 Word (.docx) 或文本文件");
  const read = await readUploadedDocument(file);
  if (typeof read === "string") return back(read);
  try {
    await importIntoDraft(user, id, read.text, read.format === "text" ? "text" : "markdown");
    return back();
  } catch (error) {
    if (isDomainError(error)) {
      if (error.code === "not_found") throw notFound();
      return back(error.message);
    }
    throw error;
  }
}

export async function loader() {
  return json(null, { status: 405 });
}
