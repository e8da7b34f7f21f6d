// A Word (.docx) or text file read into a member's draft (issue 15): the text
// is split into 情况分析 and 具体建议 (splitImported) and saved as the draft's
// parts; the member checks them on the form and saves again.
import { db } from "../../../db/client";
import { proposals } from "../../../db/loop.schema";
import { DomainError } from "../../utils/errors";
import type { AppUser } from "../directory/users.server";
import { recordEvent } from "../platform/events.server";
import { updateVersioned } from "../platform/versioned.server";
import { composeBody, splitImported, type TextFormat } from "./proposal-form";
import { actorsFor, check, getProposal, lockProposal } from "./proposals.server";

/** Before a byte of the upload is read: only the author of a draft may import into it. */
export async function assertMayImport(user: AppUser, id: number) {
  const p = await getProposal(id);
  if (!p) throw new DomainError("提案不存在", "not_found");
  const actors = await actorsFor(user, p);
  if (!actors.includes("author") && !actors.includes("cosigner")) throw new DomainError("提案不存在", "not_found");
  check("edit", p, actors);
}

export async function importIntoDraft(user: AppUser, id: number, text: string, format: TextFormat) {
  const parts = splitImported(text);
  if (!parts.suggestions.trim() && !parts.analysis.trim()) throw new DomainError("文件中没有可导入的文字", "invalid", "file");
  const textFormat: TextFormat = format;
  const body = composeBody({ analysis: parts.analysis, suggestions: parts.suggestions, textFormat });
  if (body.length > 100_000) throw new DomainError("正文不能超过 10 万字", "invalid", "file");
  return db.transaction(async (t) => {
    const p = await lockProposal(t, id);
    check("edit", p, await actorsFor(user, p, t));
    await updateVersioned(t, proposals, { id }, { title: parts.title ?? p.title, analysis: parts.analysis, suggestions: parts.suggestions, textFormat, body });
    await recordEvent(t, { actorId: user.id, subjectType: "proposal", subjectId: id, action: "proposal.edited", fromState: "draft", toState: "draft", data: { imported: true } });
  });
}
