import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/auth/auth.server";
import { replyLetterDocx, letterFileName } from "~/models/letters/reply-letter-docx.server";
import { replyLetter } from "~/models/letters/reply-letters.server";
import { contentDisposition } from "~/utils/uploads.server";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";

// 答复函 as a Word document, for whoever may read the letter (reply-letters.server.ts).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const letter = await replyLetter(await getOptionalUser(request), parseId(params.replyId));
  if (!letter) throw notFound();
  return new Response(await replyLetterDocx(letter), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": contentDisposition(letterFileName(letter), "attachment"),
      "Cache-Control": "private, no-store",
    },
  });
}
