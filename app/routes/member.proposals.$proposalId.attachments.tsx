import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { requireUser } from "~/auth/auth.server";
import { addAttachment, assertMayChangeAttachments, removeAttachment } from "~/models/loop/proposal-attachments.server";
import { parseId } from "~/utils/params";
import { uploadWithMessage } from "~/utils/upload-form.server";
import { ATTACHMENT_UPLOAD } from "~/utils/uploads.server";

// Upload (multipart) or remove an attachment, then back to the proposal page.
// Who may change the attachments is checked before a byte of the body is read.
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = parseId(params.proposalId);
  const back = (message?: string) => redirect(`/member/proposals/${id}${message ? `?attachmentError=${encodeURIComponent(message)}` : "?done=attach"}`);
  return uploadWithMessage(request, {
    mayUpload: () => assertMayChangeAttachments(user, id),
    upload: ATTACHMENT_UPLOAD,
    back,
    handle: async (form) => {
      const remove = form.get("remove");
      if (typeof remove === "string" && remove) {
        await removeAttachment(user, parseId(remove));
      } else {
        const file = form.get("file");
        if (!(file instanceof File) || file.size === 0) return back("请选择要上传的文件");
        await addAttachment(user, id, new Uint8Array(await file.arrayBuffer()), file.name);
      }
      return back();
    },
  });
}

export async function loader() {
  return json(null, { status: 405 });
}
