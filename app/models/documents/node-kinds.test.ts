import { describe, expect, it } from "vitest";
import type { NodeKind } from "../../../db/documents.schema";
import { isBackgroundTitle, recommendationTitle, withKinds } from "./node-kinds";

interface N {
  title: string;
  text: string;
  kind?: NodeKind;
  children: N[];
}

describe("node kinds", () => {
  it("tells background sections from recommendations", () => {
    for (const t of ["基本情况", "一、基本情况", "存在的主要问题", "问题及原因分析", "主要做法：", "现状"]) expect(isBackgroundTitle(t), t).toBe(true);
    for (const t of ["完善托育服务体系", "加强问题线索移交", "建立健全基本情况通报制度和问题整改长效机制"]) expect(isBackgroundTitle(t), t).toBe(false);
  });

  it("settles every node: background and its children, headings hold nodes, leaves are recommendations", () => {
    const nodes: N[] = [
      { title: "一、基本情况", text: "", children: [{ title: "托育机构", text: "300 家", children: [] }] },
      { title: "二、完善托育服务体系", text: "", children: [{ title: "扩大普惠托位", text: "新增托位", children: [] }] },
      // A given kind is kept, except a container is never a recommendation.
      { title: "三、保障", text: "", kind: "recommendation", children: [{ title: "用房", text: "盘活", kind: "background", children: [] }] },
    ];
    const tree = withKinds(nodes);
    expect(tree.map((n) => [n.kind, n.children.map((c) => c.kind)])).toEqual([
      ["background", ["background"]],
      ["heading", ["recommendation"]],
      ["heading", ["background"]],
    ]);
  });

  it("never titles a recommendation with a bare role clause", () => {
    expect(recommendationTitle("由市民政局牵头", "由市民政局牵头，市卫健委配合，在老旧小区嵌入养老服务站点。")).toBe("在老旧小区嵌入养老服务站点");
    expect(recommendationTitle("市民政局配合", "市民政局配合。建议，扩大普惠托位供给。")).toBe("扩大普惠托位供给");
    expect(recommendationTitle("完善托育服务体系", "由市卫健委牵头。")).toBe("完善托育服务体系");
  });
});
