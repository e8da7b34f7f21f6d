// Reading a multipart upload in a route action, one way for every upload page
// (member attachments and import, staff document upload, catalogue entry
// attachments): streamed and bounded by body-limits.server, NUL removed from
// the text fields, a refusal handed back to be shown to the user.
import { UploadRefused, readUploadForm, type UploadOptions } from "./body-limits.server";
import { isDomainError } from "./errors";
import { formFailure, unreadableForm, withoutNul } from "./forms.server";
import { notFound } from "./responses";

export type UploadRead = { ok: true; form: FormData } | { ok: false; refused: UploadRefused };

/**
 * The upload form (`ok`), or `refused` when a file or the body was refused while it
 * streamed (wrong kind, too big, too many parts: a Chinese message and a 400
 * or 413 status). A declared length over the limit throws the 413 Response;
 * a body that is not multipart at all, or broken multipart, is the client's
 * mistake: the 400 page.
 */
export async function readUpload(request: Request, options: UploadOptions): Promise<UploadRead> {
  try {
    return { ok: true, form: withoutNul(await readUploadForm(request, options)) };
  } catch (error) {
    if (error instanceof Response) throw error;
    if (error instanceof UploadRefused) return { ok: false, refused: error };
    throw unreadableForm();
  }
}

/** The form state that shows a refused upload beside the `file` field (with its status). */
export function refusedFile(refused: UploadRefused, values: Record<string, string> = {}) {
  return formFailure({ ok: false, errors: { file: refused.message }, values }, refused.status);
}

/**
 * An upload that goes back to a page with a message (the member's proposal
 * page: attachments, import). Who may upload (`mayUpload`) is checked before a
 * byte of the body is read; its refusal, a refused file and a DomainError from
 * `handle` all go `back(message)`; a not_found one is the 404 page.
 */
export async function uploadWithMessage(
  request: Request,
  {
    mayUpload,
    upload,
    back,
    handle,
  }: {
    mayUpload: () => Promise<unknown>;
    upload: UploadOptions;
    back: (message?: string) => Response;
    handle: (form: FormData) => Promise<Response>;
  },
): Promise<Response> {
  try {
    await mayUpload();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    await request.body?.cancel().catch(() => {});
    if (error.code === "not_found") throw notFound();
    return back(error.message);
  }
  const read = await readUpload(request, upload);
  if (!read.ok) return back(read.refused.message);
  try {
    return await handle(read.form);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === "not_found") throw notFound();
    return back(error.message);
  }
}
