import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireUser } from "~/auth/auth.server";
import { addAttachment, assertMayChangeAttachments, removeAttachment } from "~/models/loop/proposal-attachments.server";
import { UploadRefused, readUploadForm } from "~/utils/body-limits.server";
import { isDomainError } from "~/utils/errors";
import { unreadableForm, withoutNul } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { ATTACHMENT_UPLOAD } from "~/utils/uploads.server";
import { notFound } from "~/utils/responses";

// Upload (multipart) or remove an attachment, then back to the proposal page.
// Who may change the attachments is checked before a byte of the body is read.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.proposalId);
  const back = (message?: string) => redirect(`/member/proposals/${id}${message ? `?attachmentError=${encodeURIComponent(message)}` : "?done=attach"}`);
  try {
    await assertMayChangeAttachments(user, id);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    await request.body?.cancel().catch(() => {});
    if (error.code === "not_found") throw notFound();
    return back(error.message);
  }
  let form: FormData;
  try {
    form = withoutNul(await readUploadForm(request, ATTACHMENT_UPLOAD));
  } catch (error) {
    if (error instanceof Response) throw error;
    if (error instanceof UploadRefused) return back(error.message);
    // Not a form, or broken multipart: the client's mistake.
    throw unreadableForm();
  }
  try {
    const remove = form.get("remove");
    if (typeof remove === "string" && remove) {
      await removeAttachment(user, parseId(remove));
    } else {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return back("请选择要上传的文件");
      await addAttachment(user, id, new Uint8Array(await file.arrayBuffer()), file.name);
    }
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
