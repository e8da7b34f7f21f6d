/**
 * A quoted word at the wrap margin of hard-wrapped prose (blocks.ts, continuesWrapped; seventeenth wave). A PDF
 * line ending in a closing quote ends its sentence only after a stop; in a line of prose the quote closes a word
 * and the paragraph runs on. A headline ending in a quoted word is set by itself. Every input is made up.
 */
import { describe, expect, it } from "vitest";
import { continuesWrapped, textBlocks } from "./blocks";

describe("a closing quote at the margin", () => {
  it("runs on in a line of prose where a sentence already ended", () => {
    expect(continuesWrapped("的只有93个。不少站点就是附近村民们口中常常说的“光杆站”", "和“露天站”。二是站点位置不当。", 28)).toBe(true);
  });
  it("ends a quoted sentence, a headline and a line short of the margin", () => {
    expect(continuesWrapped("他说：“这件事我们一定办好，请大家放心。”", "记者了解到，相关工作已经启动。", 21)).toBe(false);
    expect(continuesWrapped("深化数字赋能，打造治理“智慧脑”", "区里建成城市运行中心，接入各类数据。", 16)).toBe(false);
    expect(continuesWrapped("缺口较大。业主、“二房东”", "和村集体之间责任边界模糊。", 28)).toBe(false);
  });
  it("keeps an inline run whole across the break", () => {
    const lines = [
      "　　一是候车设施简陋。全县乡村公交站点共418个，有候车亭",
      "的只有93个。不少站点就是附近村民们口中常常说的“光杆站”",
      "和“露天站”。二是站点位置不当。部分站点设在国道弯道旁，",
      "车辆停靠时占用行车道，学生和老人候车存在安全隐患。三是站",
      "点信息缺失。多数站牌没有标注班次时刻，老人只能路边干等。",
    ];
    const blocks = textBlocks(lines);
    expect(blocks).toHaveLength(1);
  });
});
