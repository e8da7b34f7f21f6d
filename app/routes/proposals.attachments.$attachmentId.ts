import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/auth.server";
import { readableAttachment } from "~/models/loop/proposal-attachments.server";
import { parseId } from "~/utils/params";
import { contentDisposition, readStored } from "~/utils/uploads.server";
import { notFound } from "~/utils/responses";

// Served with the sniffed type and nosniff, never as HTML; unreadable ones are 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const a = await readableAttachment(user, parseId(params.attachmentId));
  if (!a) throw notFound();
  return new Response(new Uint8Array(readStored(a.storedName)), {
    headers: {
      "Content-Type": a.mimeType,
      "Content-Disposition": contentDisposition(a.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
    },
  });
}
