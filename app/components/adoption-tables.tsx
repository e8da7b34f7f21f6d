import { Link } from "~/components/link";
import { BarChart } from "~/components/bar-chart";
import { ExportLinks } from "~/components/export-links";
import type { RoleAdoption } from "~/models/platform/adoption-statistics.server";

interface DepartmentRow {
  id: number;
  name: string;
  lead: RoleAdoption;
  co: RoleAdoption;
}
interface DocumentRow extends Omit<DepartmentRow, "name"> {
  slug: string;
  title: string;
  year: number;
  recommendations: number;
}

const pct = (v: number | null) => (v === null ? "—" : `${v}%`);

function RoleHead() {
  return (
    <>
      <th scope="col">主办建议</th>
      <th scope="col">主办已报告</th>
      <th scope="col">主办采纳率</th>
      <th scope="col">会办建议</th>
      <th scope="col">会办已报告</th>
      <th scope="col">会办采纳率</th>
    </>
  );
}

function RoleCells({ lead, co }: { lead: RoleAdoption; co: RoleAdoption }) {
  return (
    <>
      <td>{lead.assigned}</td>
      <td>{lead.reported}</td>
      <td>{pct(lead.rate)}</td>
      <td>{co.assigned}</td>
      <td>{co.reported}</td>
      <td>{pct(co.rate)}</td>
    </>
  );
}

/**
 * 采纳率 per department and per document (issue 13): recommendations only, 主办
 * (单办、主办、分办) and 会办 apart; the rate is (已采纳 + 部分采纳) over those reported.
 */
export function AdoptionTables({ departments, documents }: { departments: DepartmentRow[]; documents: DocumentRow[] }) {
  return (
    <>
      <h2>各单位采纳率</h2>
      <p className="hint">只计建议（基本情况等背景内容不计）；采纳率＝（已采纳＋部分采纳）÷ 已报告采纳情况的建议条数。提案的会办单位按主办单位答复中的标注计。</p>
      <BarChart title="各单位主办建议采纳率" data={departments.filter((d) => d.lead.rate !== null).slice(0, 15).map((d) => ({ label: d.name, value: d.lead.rate ?? 0 }))} unit="%" />
      <table>
        <caption>各单位采纳率</caption>
        <thead>
          <tr>
            <th scope="col">单位</th>
            <RoleHead />
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.id}>
              <td>
                <Link to={`/departments/${d.id}`}>{d.name}</Link>
              </td>
              <RoleCells lead={d.lead} co={d.co} />
            </tr>
          ))}
        </tbody>
      </table>
      <ExportLinks list="statistics-adoption-departments" label="下载本表" />

      <h2>各报告与提案采纳率</h2>
      <table>
        <caption>各报告与提案采纳率</caption>
        <thead>
          <tr>
            <th scope="col">报告或提案</th>
            <th scope="col">年度</th>
            <th scope="col">建议条数</th>
            <RoleHead />
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <td>
                <Link to={`/documents/${d.slug}`}>{d.title}</Link>
              </td>
              <td>{d.year}</td>
              <td>{d.recommendations}</td>
              <RoleCells lead={d.lead} co={d.co} />
            </tr>
          ))}
        </tbody>
      </table>
      <ExportLinks list="statistics-adoption-documents" label="下载本表" />
    </>
  );
}
