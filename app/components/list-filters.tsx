// The pieces every public list page repeats: a filter <select> whose first
// choice is 全部 (no filter), and previous/next page links. Plain GET forms
// and links, so they work without JavaScript.
import { Link } from "~/components/link";

export interface FilterOption {
  value: string | number;
  label: string | number;
}

export function FilterSelect({ name, label, value, options }: { name: string; label: string; value: string | number | null | undefined; options: FilterOption[] }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value == null ? "" : String(value)}>
        <option value="">全部</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** 上一页 / 下一页; a null link hides its side. */
export function Pagination({ previous, next }: { previous: string | null; next: string | null }) {
  return (
    <nav className="pagination" aria-label="分页">
      {previous ? <Link to={previous}>上一页</Link> : null}
      {next ? <Link to={next}>下一页</Link> : null}
    </nav>
  );
}
