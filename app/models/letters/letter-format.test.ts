import { describe, expect, it } from "vitest";
import { addresseeOf, letterDate, letterNumber, letterParagraphs, letterPrefix } from "./letter-format";

describe("reply letter format", () => {
  it("derives the 文号 from the department's name", () => {
    expect(letterNumber(letterPrefix("市民政局", "市民政局"), 2026, 3)).toBe("民政函〔2026〕3号");
    expect(letterPrefix("市卫生健康委员会", "市卫健委")).toBe("卫健");
    expect(letterPrefix("省人力资源和社会保障厅", null)).toBe("人力");
  });
  it("dates in Beijing time, as 公文 write it", () => {
    expect(letterDate("2026-12-01T17:00:00Z")).toBe("2026年12月2日");
  });
  it("keeps every paragraph, without Markdown markers", () => {
    expect(letterParagraphs("## 一、总体情况\n\n已列入计划。\n\n\n- **二**、下一步\r\n")).toEqual(["一、总体情况", "已列入计划。", "二、下一步"]);
  });
  it("addresses every proposer", () => {
    expect(addresseeOf(["王立新委员", "陈思远委员"])).toBe("王立新委员、陈思远委员：");
  });
});
