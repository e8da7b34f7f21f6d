import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData, MaxPartSizeExceededError } from "@remix-run/node";
import { requireUser } from "~/auth/auth.server";
import { addAttachment, removeAttachment } from "~/models/loop/proposal-attachments.server";
import { isDomainError } from "~/utils/errors";
import { unreadableForm, withoutNul } from "~/utils/forms.server";
import { parseId } from "~/utils/params";
import { UPLOAD_MAX_BYTES, UPLOAD_MAX_LABEL } from "~/utils/uploads.server";
import { notFound } from "~/utils/responses";

// Upload (multipart) or remove an attachment, then back to the proposal page.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.proposalId);
  const back = (message?: string) => redirect(`/member/proposals/${id}${message ? `?attachmentError=${encodeURIComponent(message)}` : "?done=attach"}`);
  let form: FormData;
  try {
    form = withoutNul(await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: UPLOAD_MAX_BYTES })));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return back(`文件不能超过 ${UPLOAD_MAX_LABEL}`);
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
