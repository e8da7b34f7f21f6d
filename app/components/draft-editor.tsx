import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { DraftContent, DraftNode } from "~/models/documents/draft-tree";
import { DOCUMENT_KIND_LABELS, MENTION_ROLE_LABELS, NODE_KIND_LABELS } from "~/utils/labels";

interface Props {
  draft: { id: number; version: number; revising: boolean; content: DraftContent };
  departments: string[];
  organisations: { id: number; name: string }[];
  /** Rendered at the top of the form (the import preview), so its buttons save edits too. */
  children?: ReactNode;
}

const OPS: [string, string][] = [
  ["merge", "合并到上一条"],
  ["split", "拆分"],
  ["up", "上移"],
  ["down", "下移"],
  ["indent", "降一级"],
  ["outdent", "升一级"],
  ["delete", "删除"],
];

const idOf = (ref: string) => `n-${ref.replace(/[:.]/g, "-")}`;

function NodeEditor({ node, refStr, departments }: { node: DraftNode; refStr: string; departments: string[] }) {
  const label = `${node.marker ?? ""}${node.title}`;
  return (
    <li id={idOf(refStr)} className="rec">
      <fieldset>
        <legend>
          {node.marker ? <span className="marker">{node.marker}</span> : null}
          条目 {refStr.split(":")[1]}
        </legend>
        <div className="field">
          <label htmlFor={`title-${idOf(refStr)}`}>标题</label>
          <input type="text" id={`title-${idOf(refStr)}`} name={`title|${refStr}`} defaultValue={node.title} />
        </div>
        <div className="field">
          <label htmlFor={`kind-${idOf(refStr)}`}>类型</label>
          {/* Prefilled with the structurer's proposal; staff confirm it. Only 建议 are counted, assigned and given a status. */}
          <select id={`kind-${idOf(refStr)}`} name={`kind|${refStr}`} defaultValue={node.kind ?? "recommendation"} aria-describedby="kind-hint">
            {Object.entries(NODE_KIND_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`text-${idOf(refStr)}`}>正文</label>
          <textarea id={`text-${idOf(refStr)}`} name={`text|${refStr}`} rows={Math.min(10, 2 + Math.ceil(node.text.length / 60))} defaultValue={node.text} />
        </div>
        <input type="hidden" name={`hasmentions|${refStr}`} value="1" />
        {node.departments.length ? (
          <table>
            <caption>相关单位</caption>
            <thead>
              <tr>
                <th scope="col">单位</th>
                <th scope="col">文中写法</th>
                <th scope="col">角色</th>
                <th scope="col">确认</th>
              </tr>
            </thead>
            <tbody>
              {node.departments.map((m) => (
                <tr key={m.name}>
                  <td>
                    {m.name}
                    {m.new ? <span className="badge">名录中没有</span> : null}
                  </td>
                  <td>{m.mention}</td>
                  <td>
                    <select name={`role|${refStr}|${m.name}`} defaultValue={m.role} aria-label={`${label}：${m.name}的角色`}>
                      {Object.entries(MENTION_ROLE_LABELS).map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                      <option value="remove">移除</option>
                    </select>
                  </td>
                  <td>
                    <input type="checkbox" name={`confirm|${refStr}`} value={m.name} defaultChecked={m.confirmed} aria-label={`确认${m.name}（${label}）`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="actions">
          <label htmlFor={`add-${idOf(refStr)}`}>添加单位</label>
          <select id={`add-${idOf(refStr)}`} name={`add|${refStr}`} defaultValue="">
            <option value="">请选择</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
          <select name={`addrole|${refStr}`} defaultValue="lead" aria-label="添加单位的角色">
            <option value="lead">牵头</option>
            <option value="co">配合</option>
            <option value="mentioned">提及</option>
          </select>
          <button type="submit" name="op" value={`add-department|${refStr}`} className="secondary">
            添加
          </button>
        </div>
        <div className="actions">
          {OPS.map(([op, text]) => (
            <button key={op} type="submit" name="op" value={`${op}|${refStr}`} className="secondary" aria-label={`${text}：${label}`}>
              {text}
            </button>
          ))}
        </div>
      </fieldset>
      {node.children.length ? (
        <ol className="tree">
          {node.children.map((c, i) => (
            <NodeEditor key={i} node={c} refStr={`${refStr}.${i + 1}`} departments={departments} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

/** The whole editor is one form, so any button also saves what was typed. */
export function DraftEditor({ draft, departments, organisations, children }: Props) {
  return (
    <Form method="post" className="draft-editor" noValidate>
      <input type="hidden" name="version" value={draft.version} />
      {/* Enter in a field saves (the first submit button is the form's default). */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true">
        保存
      </button>
      {children}
      <p className="hint" id="kind-hint">
        类型：“建议”计入建议条数、可交办并公开办理状态；“背景情况”（基本情况、存在问题等）只作说明，不显示状态、不计数；“标题”是包含下级条目的标题。含下级条目的节点不能是建议。
      </p>
      {draft.content.documents.map((d, di) => (
        <section key={di} className="card" aria-labelledby={`doc-${di}`}>
          <h3 id={`doc-${di}`}>
            第 {di + 1} 篇：{d.meta.title || "（无标题）"}
          </h3>
          <div className="field">
            <label htmlFor={`meta-title-${di}`}>标题</label>
            <input type="text" id={`meta-title-${di}`} name={`meta.title|${di}`} defaultValue={d.meta.title} />
          </div>
          <div className="field">
            <label htmlFor={`meta-slug-${di}`}>网址标识</label>
            <input type="text" id={`meta-slug-${di}`} name={`meta.slug|${di}`} defaultValue={d.meta.slug} readOnly={draft.revising} />
          </div>
          <div className="field">
            <label htmlFor={`meta-kind-${di}`}>类别</label>
            <select id={`meta-kind-${di}`} name={`meta.kind|${di}`} defaultValue={d.meta.kind}>
              {Object.entries(DOCUMENT_KIND_LABELS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`meta-org-${di}`}>提出单位</label>
            <select id={`meta-org-${di}`} name={`meta.organisationId|${di}`} defaultValue={d.meta.organisationId ?? ""}>
              <option value="">（无，委员个人）</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`meta-year-${di}`}>年度</label>
            <input type="text" inputMode="numeric" id={`meta-year-${di}`} name={`meta.year|${di}`} defaultValue={d.meta.year} />
          </div>
          <div className="field">
            <label htmlFor={`meta-authors-${di}`}>提案人</label>
            <input type="text" id={`meta-authors-${di}`} name={`meta.authors|${di}`} defaultValue={d.meta.authors.join("、")} />
          </div>
          {d.meta.byline ? <p className="count">署名：{d.meta.byline}</p> : null}
          <ol className="tree">
            {d.children.map((n, i) => (
              <NodeEditor key={i} node={n} refStr={`${di}:${i + 1}`} departments={departments} />
            ))}
          </ol>
        </section>
      ))}
      <div className="actions">
        <button type="submit" name="intent" value="save" className="secondary">
          保存修改
        </button>
        <button type="submit" name="intent" value="publish" className="primary">
          发布
        </button>
      </div>
    </Form>
  );
}
