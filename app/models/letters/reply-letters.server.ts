// 答复函: a department's formal (or holding) reply to a proposal as the
// official letter it is printed as — letterhead, 文号, addressee, body,
// signatory, date, contact. Two statements: the reply with its department,
// proposal and number; then the proposers. Who may read it follows the reply's
// own visibility: staff and the replying department always, the proposers once
// it is published, the public once it is published with consent on a public
// proposal. Anyone else gets null (a 404: they may not know it exists).
import { sql } from "drizzle-orm";
import { db, rowsOf } from "../../../db/client";
import { actsForOrganisation, isDepartmentUser, isStaff, type Who } from "../../auth/permissions";
import { addresseeOf, letterDate, letterNumber, letterParagraphs, letterPrefix } from "./letter-format";

interface LetterRow {
  id: number;
  kind: "formal" | "holding" | "co_opinion";
  category: "A" | "B" | "C" | "D" | null;
  body: string;
  state: "pending" | "published" | "rejected";
  consent: boolean;
  contact_name: string | null;
  contact_phone: string | null;
  created_at: Date | string;
  department_id: number;
  department_name: string;
  department_short: string | null;
  proposal_id: number;
  proposal_state: string;
  author_id: string;
  organisation_id: number | null;
  organisation_name: string | null;
  case_no: string | null;
  title: string;
  year: number;
  seq: number;
}

interface ProposerRow {
  user_id: string;
  name: string;
  author: boolean;
}

export interface ReplyLetter {
  replyId: number;
  kind: "formal" | "holding";
  category: "A" | "B" | "C" | "D" | null;
  published: boolean;
  departmentId: number;
  department: string;
  number: string;
  title: string;
  addressee: string;
  paragraphs: string[];
  date: string;
  contactName: string | null;
  contactPhone: string | null;
  caseNo: string | null;
  proposalId: number;
  proposalTitle: string;
  /** A public page exists for the proposal (立案, not withdrawn). */
  proposalPublic: boolean;
}

const PUBLIC_STATES = new Set(["accepted", "assigned", "replied", "rehandling", "closed"]);

export async function replyLetter(viewer: Who | null, replyId: number): Promise<ReplyLetter | null> {
  const [r] = rowsOf<LetterRow>(
    await db.execute(sql`
      select r.id, r.kind, r.category, r.body, r.state, r.consent_to_publish as consent, r.contact_name, r.contact_phone, r.created_at,
        a.department_id, d.name as department_name, d.short_name as department_short,
        p.id as proposal_id, p.state as proposal_state, p.author_id, p.organisation_id, o.name as organisation_name, p.case_no, p.title, p.year,
        (select count(*)::int from replies r2 join assignments a2 on a2.id = r2.assignment_id
          where a2.department_id = a.department_id and r2.kind <> 'co_opinion' and r2.id <= r.id
            and extract(year from r2.created_at at time zone 'Asia/Shanghai') = extract(year from r.created_at at time zone 'Asia/Shanghai')) as seq
      from replies r
      join assignments a on a.id = r.assignment_id
      join departments d on d.id = a.department_id
      join proposals p on p.id = a.proposal_id
      left join organisations o on o.id = p.organisation_id
      where r.id = ${replyId} and r.kind <> 'co_opinion'`),
  );
  if (!r) return null;
  const proposers = rowsOf<ProposerRow>(
    await db.execute(sql`
      select u.id as user_id, u.display_name as name, true as author from users u where u.id = ${r.author_id}
      union all
      select u.id, u.display_name, false from cosigners c join users u on u.id = c.user_id
      where c.proposal_id = ${r.proposal_id} and c.state = 'confirmed'`),
  );
  const published = r.state === "published";
  const proposalPublic = !!r.case_no && PUBLIC_STATES.has(r.proposal_state);
  const isProposer = !!viewer && (proposers.some((p) => p.user_id === viewer.id) || actsForOrganisation(viewer, r.organisation_id));
  const allowed =
    isStaff(viewer) || isDepartmentUser(viewer, r.department_id) || (published && isProposer) || (published && r.consent && proposalPublic);
  if (!allowed) return null;
  const names = r.organisation_id && r.organisation_name ? [r.organisation_name] : [...proposers.filter((p) => p.author), ...proposers.filter((p) => !p.author)].map((p) => p.name);
  const createdAt = new Date(r.created_at);
  const year = Number(letterDate(createdAt).slice(0, 4));
  const what = r.case_no ? `第${r.case_no}号提案` : `《${r.title}》`;
  return {
    replyId: r.id,
    kind: r.kind === "holding" ? "holding" : "formal",
    category: r.category,
    published,
    departmentId: r.department_id,
    department: r.department_name,
    number: letterNumber(letterPrefix(r.department_name, r.department_short), year, r.seq),
    title: `${r.department_name}关于市政协${what}的${r.kind === "holding" ? "阶段性" : ""}答复`,
    addressee: addresseeOf(names),
    paragraphs: [`${names.length > 1 || r.organisation_id ? "你们" : "您"}提出的《${r.title}》收悉。现答复如下：`, ...letterParagraphs(r.body)],
    date: letterDate(createdAt),
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    caseNo: r.case_no,
    proposalId: r.proposal_id,
    proposalTitle: r.title,
    proposalPublic,
  };
}
