import { Link } from "~/components/link";
import { StateBadge } from "~/components/badges";
import { AdoptionBadge } from "~/components/recommendation-handling";
import { ADOPTION_LABELS, type PROPOSAL_STATE_LABELS } from "~/utils/labels";

/** A proposal on a proposer's workbench (委员工作台, 党派团体工作台). */
export interface WorkbenchProposal {
  id: number;
  title: string;
  state: keyof typeof PROPOSAL_STATE_LABELS;
  caseNo: string | null;
  /** 撰写人 (the organisation's table). */
  authorName?: string;
  /** Sent back to the drafter (the organisation's table marks it). */
  returned?: boolean;
  /** On the member's table: false when someone else drafted it and the member co-signs it (（联名） after the title). */
  mine?: boolean;
  /** 采纳情况 of its published replies, per department (the member's table: a column when any proposal has them). */
  adoptions?: { departmentName: string; counts: Partial<Record<keyof typeof ADOPTION_LABELS, number>> }[];
}

const ADOPTION_ORDER = Object.keys(ADOPTION_LABELS) as (keyof typeof ADOPTION_LABELS)[];

/** 市民政局：已采纳 2 部分采纳 1 — one line per department that answered. */
function Adoptions({ of }: { of: NonNullable<WorkbenchProposal["adoptions"]> }) {
  if (!of.length) return <>—</>;
  return (
    <ul className="adoptions" aria-label="采纳情况">
      {of.map((d) => (
        <li key={d.departmentName}>
          {of.length > 1 ? `${d.departmentName}：` : null}
          {ADOPTION_ORDER.filter((k) => d.counts[k]).map((k) => (
            <span key={k}>
              <AdoptionBadge adoption={k} /> {d.counts[k]} 条{" "}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * The proposals on a workbench, each linked to its page under /member. The
 * organisation's table (`organisation`) adds 撰写人, links the case number to
 * its public page and marks the proposals sent back for changes.
 */
export function WorkbenchProposalTable({ proposals, organisation = false }: { proposals: WorkbenchProposal[]; organisation?: boolean }) {
  const adoptions = proposals.some((p) => p.adoptions?.length);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">标题</th>
          <th scope="col">案号</th>
          {organisation ? <th scope="col">撰写人</th> : null}
          <th scope="col">状态</th>
          {adoptions ? <th scope="col">采纳情况</th> : null}
        </tr>
      </thead>
      <tbody>
        {proposals.map((p) => (
          <tr key={p.id}>
            <td>
              <Link to={`/member/proposals/${p.id}`}>{p.title}</Link>
              {p.mine === false ? "（联名）" : null}
            </td>
            <td>{p.caseNo ? organisation ? <Link to={`/proposals/${p.caseNo}`}>{p.caseNo}</Link> : p.caseNo : "—"}</td>
            {organisation ? <td>{p.authorName}</td> : null}
            <td>
              <StateBadge state={p.state} />
              {organisation ? <> {p.returned ? <span className="badge warn">已退回修改</span> : null}</> : null}
            </td>
            {adoptions ? (
              <td>
                <Adoptions of={p.adoptions ?? []} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
