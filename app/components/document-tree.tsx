import { anchorOf } from "~/models/documents/anchors";
import { Link } from "~/components/link";
import { MENTION_ROLE_LABELS, NODE_KIND_LABELS } from "~/utils/labels";
import type { RecommendationHandling } from "~/models/loop/recommendation-status.server";
import { HandlingSummary } from "./recommendation-handling";
import { writtenProps } from "./script-reading";
import { ORIGINAL_PARAM, ORIGINAL_VALUE } from "~/utils/reading";

export interface TreeNodeView {
  id: number;
  parentId: number | null;
  path: string;
  position: number;
  marker: string | null;
  title: string;
  html: string;
  isLeaf: boolean;
  kind: "recommendation" | "background" | "heading";
  handling?: Pick<RecommendationHandling, "proposal" | "departments" | "adoptions">;
  mentions: { departmentId: number; departmentName: string; role: "lead" | "co" | "mentioned" }[];
}

export function Mentions({ mentions }: { mentions: TreeNodeView["mentions"] }) {
  if (!mentions.length) return null;
  return (
    <ul className="tags" aria-label="相关单位">
      {mentions.map((m) => (
        <li key={m.departmentId}>
          <Link to={`/departments/${m.departmentId}`}>{m.departmentName}</Link>（{MENTION_ROLE_LABELS[m.role]}）
        </li>
      ))}
    </ul>
  );
}

const NO_READING = { keep: false, lang: null };

/**
 * The recommendation tree; every node has an anchor (#r-2-1). Recommendations
 * show their handling and link to their own page; background is context, with
 * no status. Titles and texts come as the loader shows them (`reading`: 简/繁).
 */
export function DocumentTree({ nodes, reading = NO_READING }: { nodes: TreeNodeView[]; reading?: Parameters<typeof writtenProps>[0] & { original?: boolean } }) {
  const written = writtenProps(reading);
  // Reading the original: the recommendations' own pages show it too.
  const asWritten = reading.original ? `?${ORIGINAL_PARAM}=${ORIGINAL_VALUE}` : "";
  const children = new Map<number | null, TreeNodeView[]>();
  for (const n of nodes) {
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position);
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const render = (parentId: number | null, depth: number) => {
    const list = children.get(parentId);
    if (!list?.length) return null;
    return (
      <ol className={`tree depth-${depth}`}>
        {list.map((n) => {
          const Heading = depth === 0 ? "h3" : "h4";
          return (
            <li key={n.id} id={anchorOf(n.path)} className={`rec ${n.kind}${n.isLeaf ? " leaf" : ""}`}>
              <Heading className="rec-title">
                <span {...written}>
                  {n.marker ? <span className="marker">{n.marker}</span> : null}
                  {n.title}
                </span>{" "}
                {n.kind === "background" && kindOf.get(n.parentId ?? -1) !== "background" ? <span className="badge muted">{NODE_KIND_LABELS.background}</span> : null}{" "}
                <a href={`#${anchorOf(n.path)}`} className="anchor" aria-label={`本条链接 ${n.path}`}>
                  #
                </a>
              </Heading>
              {n.html ? <div className="doc-text" {...written} dangerouslySetInnerHTML={{ __html: n.html }} /> : null}
              {n.kind === "recommendation" ? (
                <>
                  <Mentions mentions={n.mentions} />
                  <HandlingSummary handling={n.handling} />
                  <p className="rec-meta">
                    <Link to={`/recommendations/${n.id}${asWritten}`}>查看这条建议</Link>
                  </p>
                </>
              ) : null}
              {render(n.id, depth + 1)}
            </li>
          );
        })}
      </ol>
    );
  };
  return <div className="document-tree">{render(null, 0)}</div>;
}
