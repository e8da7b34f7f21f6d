/**
 * A portal record's progress log (issue 12, third wave, 2026-12-03; see chrome-edition.ts
 * for the other print and portal furniture): the dated steps a disclosure or consultation
 * page lists under the text.
 */
import { isBlank, neighbourIndex, type LineInfo } from "./chrome-lines";
import { DATE, endsSentence } from "./line-shapes";
import type { ChromeReason } from "./types";

/** A dated entry of a record's log: `2026-05-18  首批12个楼栋完成应急维修` — a date, then a short event. */
const LOG_ENTRY = new RegExp(`^${DATE}\\s+(\\S.{1,30})$`);

function logEntry(f: string): boolean {
  const m = LOG_ENTRY.exec(f);
  return !!m && !endsSentence(m[1]) && !/[。;!?]/.test(m[1]);
}

/**
 * A portal record's progress log after the text (`办理进展` then `2026-04-10  已报送…`,
 * `2026-06-30  议题办结`): two or more lines in a row that are a date and a short event, and
 * the short label right above them. Only after the body's last paragraph: inside a text,
 * dated lines may be a plan's steps.
 */
export function markRecordLog(infos: LineInfo[], kept: (i: number) => boolean, last: number, reason: ChromeReason = "metadata"): void {
  if (last < 0) return;
  let i = last + 1;
  while (i < infos.length) {
    if (isBlank(infos[i]) || !logEntry(infos[i].folded)) {
      i++;
      continue;
    }
    const run: number[] = [];
    let k = i;
    for (; k < infos.length; k++) {
      if (isBlank(infos[k])) continue;
      if (!logEntry(infos[k].folded)) break;
      run.push(k);
    }
    if (run.length >= 2) {
      for (const r of run) if (!kept(r) && !infos[r].reason) infos[r].reason = reason;
      const head = neighbourIndex(infos, run[0], -1);
      const f = head > last ? infos[head].folded : "";
      if (f && !kept(head) && !infos[head].reason && f.length <= 8 && !/[。,;:!?、]/.test(f)) infos[head].reason = reason;
    }
    i = Math.max(k, i + 1);
  }
}
