import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/auth.server";
import { getAttachmentFor } from "~/models/catalogues/catalogue-entry-queries.server";
import { parseId } from "~/utils/params";
import { contentDisposition, readStored } from "~/utils/uploads.server";
import { notFound } from "~/utils/responses";

// An attachment: public once its entry is published, otherwise only for the
// entry's authors and reviewers. The type is the one sniffed at upload.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const file = await getAttachmentFor(parseId(params.attachmentId), user);
  if (!file) throw notFound();
  let bytes: Buffer;
  try {
    bytes = readStored(file.storedName);
  } catch {
    throw new Response("附件文件缺失", { status: 410 });
  }
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(file.fileName, "inline"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, max-age=300",
    },
  });
}
