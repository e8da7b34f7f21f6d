// Trees for the benchmark's documents: research reports of parts → sections →
// items (64 recommendations each), and the four-recommendation trees of
// accepted proposals. Nodes have the shape the structurer produces, and the
// text names its departments the way real recommendations do (由X牵头，Y配合).
import type { StructureDocument, StructureNode } from "../app/structurer";
import type { DocumentKind } from "../db/documents.schema";
import type { DocumentSpec, MentionSpec } from "./seed-documents";
import { chineseNumber, type TextSource } from "./text";

export interface Directory {
  departments: { id: number; name: string }[];
  parties: { id: number; name: string }[];
}

export const LEAVES_PER_REPORT = 64;

/** A recommendation (leaf) naming one to three departments: the first leads, the others help. */
function leaf(src: TextSource, dir: Directory, marker: string, mentionIds: Map<StructureNode, MentionSpec[]>): StructureNode {
  const count = 1 + src.int(3);
  const chosen = new Map<number, string>();
  while (chosen.size < count) {
    const d = src.pick(dir.departments);
    chosen.set(d.id, d.name);
  }
  const mentions: MentionSpec[] = [...chosen].map(([departmentId, name], i) => ({ departmentId, name, role: i === 0 ? "lead" : "co" }));
  const names = mentions.map((m) => m.name);
  const title = src.sentence().slice(0, 30);
  const text = `${title}。${src.paragraph(1, 3)}建议由${names[0]}牵头${names.length > 1 ? `，${names.slice(1).join("、")}配合` : ""}。`;
  const node: StructureNode = { marker, title, text, children: [], departments: mentions.map((m) => ({ name: m.name, mention: m.name, role: m.role })) };
  mentionIds.set(node, mentions);
  return node;
}

function heading(src: TextSource, marker: string, children: StructureNode[]): StructureNode {
  const title = src.sentence().slice(0, 24);
  return { marker, title, text: title, children, departments: [] };
}

export function researchReport(src: TextSource, dir: Directory, n: number, leaves: number, staffId: string | null): DocumentSpec {
  const mentionIds = new Map<StructureNode, MentionSpec[]>();
  let made = 0;
  const parts: StructureNode[] = [];
  for (let p = 1; made < leaves && p <= 20; p++) {
    const sections: StructureNode[] = [];
    for (let s = 1; made < leaves && s <= 4; s++) {
      const items: StructureNode[] = [];
      for (let i = 1; made < leaves && i <= 4; i++, made++) items.push(leaf(src, dir, `${i}.`, mentionIds));
      sections.push(heading(src, `（${chineseNumber(s)}）`, items));
    }
    parts.push(heading(src, `第${chineseNumber(p)}部分 `, sections));
  }
  const year = 2019 + src.int(8);
  const party = src.next() < 0.3 ? src.pick(dir.parties) : null;
  const kind: DocumentKind = party ? "party_proposal" : "research_report";
  const title = `关于${src.sentence().slice(0, 24)}的${party ? "提案" : "调研报告"}`;
  const tree: StructureDocument = { title, byline: party?.name ?? "省政协调研组", organisation: party?.name ?? null, intro: src.paragraph(2, 4), children: parts };
  return {
    slug: `bench-report-${n}`,
    kind,
    title,
    byline: tree.byline,
    organisationId: party?.id ?? null,
    authors: [],
    year,
    intro: tree.intro,
    publishedAt: new Date(Date.UTC(year, src.int(12), 1 + src.int(28), 2)),
    createdBy: staffId,
    note: null,
    tree,
    mentionIds,
  };
}

/** An accepted proposal's tree: four numbered recommendations under its title. */
export function proposalTree(src: TextSource, dir: Directory, title: string, byline: string) {
  const mentionIds = new Map<StructureNode, MentionSpec[]>();
  const children = [1, 2, 3, 4].map((i) => leaf(src, dir, `${chineseNumber(i)}、`, mentionIds));
  const tree: StructureDocument = { title, byline, organisation: null, intro: src.paragraph(2, 3), children };
  const leads = children.map((c) => mentionIds.get(c)![0].departmentId);
  return { tree, mentionIds, leads };
}
