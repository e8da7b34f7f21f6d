import { useSearchParams } from "@remix-run/react";
import type { DepartmentSuggestion } from "~/models/documents/draft-tree";
import { LEVEL_LABELS } from "~/utils/labels";

export interface PreviewRemovedLine {
  line: number;
  text: string;
  /** The reason in Chinese (CHROME_REASON_LABELS), read in the loader. */
  reason: string;
}

interface Props {
  removed: PreviewRemovedLine[];
  keepLines: number[];
  suggestions: DepartmentSuggestion[];
  errors: Record<string, string>;
}

const guessLevel = (name: string) => (/^(省|自治区)/.test(name) ? "province" : /^(区|县)/.test(name) ? "district" : "city");

function Notice() {
  const [params] = useSearchParams();
  const kept = Number(params.get("kept"));
  const reset = (params.get("reset") ?? "").split(",").filter((n) => /^\d{1,3}$/.test(n));
  if (Number.isInteger(kept) && kept > 0) {
    return (
      <p className="notice ok" role="status">
        已保留 {kept} 行并重新识别结构。
        {reset.length ? `第 ${reset.join("、")} 篇的结构因此改变，该篇条目的修改已按新结构重置（标题、类别等信息已保留）。` : "其余修改均已保留。"}
      </p>
    );
  }
  if (params.get("accepted")) return <p className="notice ok" role="status">已将该单位加入承办单位名录。</p>;
  if (params.get("ignored")) return <p className="notice ok" role="status">已忽略该建议，相关提及已从草稿中移除。</p>;
  return null;
}

/**
 * The import preview (导入预览), inside the draft editor's form so that its buttons also
 * save what staff typed: lines removed as page chrome (keepable) and departments the
 * directory lacks (accept into the directory, or ignore).
 */
export function DraftPreview({ removed, keepLines, suggestions, errors }: Props) {
  const pending = suggestions.map((s, i) => ({ ...s, index: i })).filter((s) => s.status === "pending");
  if (!removed.length && !pending.length && !keepLines.length) return null;
  return (
    <section id="preview" className="card preview" aria-labelledby="preview-title">
      <h3 id="preview-title">导入预览</h3>
      <Notice />
      {removed.length ? (
        <fieldset aria-describedby={errors.keep ? "keep-error" : undefined}>
          <legend>识别时去除的行（{removed.length} 行）</legend>
          <p className="hint">以下各行被识别为网页或版面杂项，未进入正文。勾选需要保留的行后点“保留所选行”，系统将连同这些行重新识别结构，其他修改一并保存。</p>
          {errors.keep ? (
            <p className="field-error" id="keep-error" role="alert">
              {errors.keep}
            </p>
          ) : null}
          <ul className="removed-lines">
            {removed.map((r) => (
              <li key={r.line}>
                <input type="checkbox" id={`keep-${r.line}`} name="keep" value={r.line} />{" "}
                <label htmlFor={`keep-${r.line}`}>
                  <span className="line-no">第 {r.line} 行</span> <del>{r.text}</del> <span className="reason">（{r.reason}）</span>
                </label>
              </li>
            ))}
          </ul>
          <button type="submit" name="intent" value="keep" className="secondary">
            保留所选行
          </button>
        </fieldset>
      ) : null}
      {keepLines.length ? <p className="hint">已保留的行：第 {keepLines.join("、")} 行。</p> : null}
      {pending.length ? (
        <div>
          <h4>建议新增的单位</h4>
          <p className="hint">文中提到以下单位，但承办单位名录中还没有。采纳后加入名录（可在名录中补充简称和别名），忽略则从草稿中移除这些提及。</p>
          <ul className="suggestions">
            {pending.map((s) => (
              <li key={s.name}>
                <p>
                  <strong>{s.name}</strong>
                  {s.mentions.some((m) => m !== s.name) ? `（文中写作：${s.mentions.join("、")}）` : null}
                </p>
                {s.contexts.map((c) => (
                  <blockquote key={c}>{c}</blockquote>
                ))}
                <div className="actions">
                  <label htmlFor={`level-${s.index}`}>层级</label>
                  <select id={`level-${s.index}`} name={`level|${s.index}`} defaultValue={guessLevel(s.name)} aria-describedby={errors[`level|${s.index}`] ? `level-${s.index}-error` : undefined}>
                    {Object.entries(LEVEL_LABELS).map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                  <button type="submit" name="intent" value={`accept:${s.index}`} className="secondary" aria-label={`采纳：将${s.name}加入名录`}>
                    采纳
                  </button>
                  <button type="submit" name="intent" value={`ignore:${s.index}`} className="secondary" aria-label={`忽略：${s.name}`}>
                    忽略
                  </button>
                </div>
                {errors[`level|${s.index}`] ? (
                  <p className="field-error" id={`level-${s.index}-error`}>
                    {errors[`level|${s.index}`]}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {errors.suggestion ? (
        <p className="field-error" role="alert">
          {errors.suggestion}
        </p>
      ) : null}
    </section>
  );
}
