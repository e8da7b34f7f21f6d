// What a correction changed compared with the revision it replaces: the
// title and body as inline diffs, and a note when the period or the date
// the information was formed changed.
import type { SerializeFrom } from "@remix-run/node";
import type { getEntryPage } from "~/models/catalogues/catalogue-entry-queries.server";
import { DiffView } from "./catalogue-ui";

type EntryDiff = NonNullable<SerializeFrom<NonNullable<Awaited<ReturnType<typeof getEntryPage>>>["diff"]>>;

export function EntryRevisionDiff({ diff, previousRevision }: { diff: EntryDiff; previousRevision: number }) {
  return (
    <section aria-labelledby="d-title">
      <h2 id="d-title">与第 {previousRevision} 版相比的改动</h2>
      <p className="hint">下划线为新增内容，删除线为删除内容。</p>
      {diff.title ? (
        <>
          <h3>标题</h3>
          <DiffView parts={diff.title} label="标题的改动" />
        </>
      ) : null}
      {diff.periodChanged ? <p>所属期间有改动。</p> : null}
      {diff.occurredOnChanged ? <p>信息形成日期有改动。</p> : null}
      <h3>正文</h3>
      {diff.bodyChanged ? <DiffView parts={diff.body} label="正文的改动" /> : <p>正文未改动。</p>}
    </section>
  );
}
