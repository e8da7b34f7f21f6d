/**
 * A progress timeline (third wave, 2026-12-03): a mini-program's or a site's record of what
 * happened to a proposal or a topic after the text — `办理进展` then `2026-05-18 首批12个楼栋完成
 * 应急维修`, `6月30日 议题办结` — is the page's record, not the author's text.
 */
import { DATE, TIME } from "./line-shapes";
import { isBlank, type LineInfo } from "./chrome-lines";

/** A row of a progress timeline: a date (with or without the year), then a short phrase. */
const DATED_ROW = new RegExp(String.raw`^(?:${DATE}|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*${TIME})?\s+[^\s。;!?][^。;!?]{0,39}。?$`);
/** The timeline's label: a short line without punctuation (`办理进展`, `进度跟踪`). */
const TIMELINE_LABEL = /^[\u4e00-\u9fffA-Za-z]{2,8}$/;

/**
 * A progress timeline outside the body (before its first or after its last paragraph of
 * prose): a run of two or more dated rows — lines the stage already removed may stand
 * between them — with the short label right above the run. Inside the body a dated list is
 * the text's own chronology and stays.
 */
export function markTimeline(infos: LineInfo[], kept: (i: number) => boolean, first: number, last: number): void {
  if (first < 0) return;
  const outside = (i: number) => i < first || i > last;
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) {
      run.forEach((k) => (infos[k].reason = "progress"));
      let above = run[0] - 1;
      while (above >= 0 && isBlank(infos[above])) above--;
      const label = above >= 0 ? infos[above] : null;
      if (label && outside(above) && !label.reason && !kept(above) && TIMELINE_LABEL.test(label.folded)) label.reason = "progress";
    }
    run = [];
  };
  infos.forEach((info, i) => {
    if (isBlank(info)) return;
    if (outside(i) && !info.reason && !kept(i) && DATED_ROW.test(info.folded)) run.push(i);
    else if (!info.reason || !run.length) close();
  });
  close();
}
