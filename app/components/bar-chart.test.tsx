// Bug 10 (issue 15): labels such as "省政协农业农村委员会 2026" were cut to
// "省政协农业农村委 202…" and, being wider than their column, clipped at the edge.
import { renderToStaticMarkup } from "react-dom/server";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { BarChart } from "./bar-chart";

const LABELS = ["省政协农业农村委员会 2026", "中国民主同盟浙江省委员会参政议政部 2026", "市民政局", "关于推进长江三角洲区域生态绿色一体化发展示范区建设的调研报告联合课题组第一分组 2026"];

function render(labels = LABELS) {
  const html = renderToStaticMarkup(<BarChart title="各党派团体的报告与提案件数" data={labels.map((label, i) => ({ label, value: i + 1 }))} unit=" 篇" />);
  const doc = new DOMParser().parseFromString(html, "image/svg+xml");
  return { html, svg: doc.documentElement };
}

describe("BarChart", () => {
  it("shows every label in full, never cut with an ellipsis", () => {
    const { svg, html } = render();
    expect(html).not.toContain("…");
    const texts = [...svg.querySelectorAll("text")].map((t) => t.textContent ?? "");
    for (const label of LABELS) expect(texts.join("\n").replace(/\n/g, "")).toContain(label.replace(/\s/g, " "));
  });

  it("keeps each label line inside the drawing (CJK glyphs are one font size wide)", () => {
    const { svg } = render();
    const width = Number(svg.getAttribute("viewBox")!.split(" ")[2]);
    for (const t of svg.querySelectorAll("text")) {
      const size = Number(t.getAttribute("font-size"));
      const x = Number(t.getAttribute("x") ?? t.parentElement?.getAttribute("x") ?? 0);
      const anchor = t.getAttribute("text-anchor") ?? "start";
      for (const line of [...t.querySelectorAll("tspan")].map((s) => s.textContent ?? "").concat(t.querySelector("tspan") ? [] : [t.textContent ?? ""])) {
        const w = [...line].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.6), 0);
        const left = anchor === "end" ? x - w : anchor === "middle" ? x - w / 2 : x;
        expect(left, line).toBeGreaterThanOrEqual(0);
        expect(left + w, line).toBeLessThanOrEqual(width);
      }
    }
  });
});
