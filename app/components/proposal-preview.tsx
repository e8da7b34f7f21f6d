import { MENTION_ROLE_LABELS } from "~/utils/labels";

type N = { marker: string | null; title: string; kind?: string; departments: { name: string; role: string }[]; children: N[] };

function Tree({ nodes }: { nodes: N[] }) {
  return (
    <ol className="tree">
      {nodes.map((n, i) => (
        <li key={i}>
          {n.marker ?? ""}
          {n.title}
          {n.kind === "background" ? <span className="count">（情况说明，不计入建议）</span> : null}
          {n.departments.length ? (
            <span className="count">
              {" "}
              —— {n.departments.map((d) => `${d.name}（${MENTION_ROLE_LABELS[d.role as keyof typeof MENTION_ROLE_LABELS]}）`).join("、")}
            </span>
          ) : null}
          {n.children.length ? <Tree nodes={n.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function ProposalPreview({ preview }: { preview: { html: string; tree: N[]; recommendations?: number } }) {
  return (
    <section aria-labelledby="pv-title">
      <h2 id="pv-title">预览</h2>
      <div className="prose card" dangerouslySetInnerHTML={{ __html: preview.html }} />
      <h3>识别出的建议</h3>
      {preview.recommendations ? <p className="count">共 {preview.recommendations} 条建议，立案后逐条交办、答复。</p> : null}
      {preview.tree.length ? <Tree nodes={preview.tree} /> : <p>尚未识别出分条建议。可用“## 一、……”和“1. ……”分条。</p>}
    </section>
  );
}
