import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/auth.server";
import { readableLeadAttachment } from "~/models/participation/lead-queries.server";
import { parseId } from "~/utils/params";
import { contentDisposition, readStored } from "~/utils/uploads.server";

// A lead's file: only for the sender, staff and the member or department it
// went to (never public). Served with the sniffed type and nosniff; otherwise 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const a = await readableLeadAttachment(user, parseId(params.attachmentId));
  if (!a) throw new Response("Not Found", { status: 404 });
  return new Response(new Uint8Array(readStored(a.storedName)), {
    headers: {
      "Content-Type": a.mimeType,
      "Content-Disposition": contentDisposition(a.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
