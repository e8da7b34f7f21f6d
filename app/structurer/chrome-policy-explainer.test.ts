/**
 * A government portal's policy explainer (chrome-rules.ts: LABEL_CHROME, CREDIT_LABEL): the link to the policy it
 * reads and the fields naming who wrote the reading are the page's, not the text's. Made-up inputs only.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";

describe("a policy explainer's page fields", () => {
  it("the link to the policy read and who wrote the reading are chrome", () => {
    expect(lineVerdict("关联文件：某市人民政府办公室关于印发《某市托育服务实施方案》的通知")).toBe("metadata");
    expect(lineVerdict("政策原文：《某市托育服务实施方案》")).toBe("metadata");
    expect(lineVerdict("解读机关：某市卫生健康委员会")).toBe("credit");
    expect(lineVerdict("解读人：某某某")).toBe("credit");
  });
  it("a sentence that names them is text", () => {
    expect(lineVerdict("解读机关要在文件印发后三日内发布解读材料。")).toBeNull();
    expect(lineVerdict("关联文件要同步公开。")).toBeNull();
  });
});
