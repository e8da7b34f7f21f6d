// Reading a document in one script (简/繁, decision 016): document text that the
// loader put in the script it is shown in, and the note that says so, with the
// original one plain link away (no JavaScript needed).
import type { ReactNode } from "react";
import { useLocation } from "@remix-run/react";
import { Link } from "~/components/link";
import { ORIGINAL_PARAM, ORIGINAL_VALUE, SCRIPT_NAMES, type ReadingView } from "~/utils/reading";

type Reading = Pick<ReadingView, "keep" | "lang">;

/**
 * Attributes for an element that holds document text only: kept out of the
 * page-wide 繁 conversion when the loader already converted it (or shows it as
 * written), and tagged with its language when that is not the page's.
 */
export function writtenProps(reading: Reading): { "data-keep-script"?: ""; lang?: string } {
  return {
    ...(reading.keep ? { "data-keep-script": "" as const } : {}),
    ...(reading.lang ? { lang: reading.lang } : {}),
  };
}

/** A piece of document text (a title, a name) inside page chrome. */
export function Written({ reading, children }: { reading: Reading; children: ReactNode }) {
  const props = writtenProps(reading);
  return Object.keys(props).length ? <span {...props}>{children}</span> : <>{children}</>;
}

/**
 * "本文原以繁体发布，已转换为简体 · 查看原文", or, on the original, the way back.
 * In 繁 mode the page-wide conversion turns the note itself into Traditional.
 */
export function ScriptNote({ reading }: { reading: ReadingView }) {
  const { pathname, hash } = useLocation();
  if (!reading.note || !reading.written) return null;
  const written = SCRIPT_NAMES[reading.written];
  const reader = SCRIPT_NAMES[reading.reader];
  if (reading.note === "converted") {
    return (
      <p className="script-note" role="note">
        本文原以{written}发布，已转换为{reader} ·{" "}
        <Link to={`${pathname}?${ORIGINAL_PARAM}=${ORIGINAL_VALUE}${hash}`} rel="nofollow">
          查看原文
        </Link>
      </p>
    );
  }
  return (
    <p className="script-note" role="note">
      以下为原文（{written}），未作转换 ·{" "}
      <Link to={`${pathname}${hash}`}>转换为{reader}</Link>
    </p>
  );
}
