// A document's tree as rows: depth-first, with the path, position, level and
// kind each recommendation row is saved with (documents.server.ts, and the
// benchmark's bulk seed, which must give the same rows).
import type { NodeKind } from "../../../db/documents.schema";
import type { StructureNode } from "../../structurer";
import { withKinds } from "./node-kinds";

type KindedNode = StructureNode & { kind: NodeKind };

export interface FlatNode {
  path: string;
  parentPath: string | null;
  position: number;
  depth: number;
  level: "part" | "section" | "item";
  node: KindedNode;
}

/**
 * Depth-first, parents before children; paths "1", "1.2", "1.2.3". Every node
 * gets its kind (recommendation/background/heading, node-kinds.ts).
 */
export function flattenTree(children: StructureNode[], parentPath: string | null = null, depth = 0): FlatNode[] {
  const kinded = (parentPath === null ? withKinds(children) : children) as KindedNode[];
  const out: FlatNode[] = [];
  kinded.forEach((node, i) => {
    const path = parentPath ? `${parentPath}.${i + 1}` : String(i + 1);
    const hasGrandchildren = node.children.some((c) => c.children.length > 0);
    const level = node.children.length === 0 ? (depth === 0 ? "section" : "item") : hasGrandchildren ? "part" : "section";
    out.push({ path, parentPath, position: i + 1, depth, level, node });
    out.push(...flattenTree(node.children, path, depth + 1));
  });
  return out;
}
