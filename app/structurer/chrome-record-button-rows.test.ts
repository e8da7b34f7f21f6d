import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { isRecordRow } from "./chrome-record-button-rows";

describe("isRecordRow: a form's choice field", () => {
  it("reads a ticked choice under a label of form, way, degree or outcome as a record row", () => {
    for (const line of ["协商形式：专题协商会", "答复方式：书面答复", "满意程度：基本满意", "审核结果：已通过", "采纳情况：全部采纳", "办理结果：已采纳（A类）"]) {
      expect(isRecordRow(fold(line)), line).toBe(true);
    }
  });

  it("keeps the text speaking under such a label", () => {
    expect(isRecordRow(fold("落实情况：区住建局已完成普查，明年启动改造"))).toBe(false);
    expect(isRecordRow(fold("办理情况：已与委员当面沟通"))).toBe(false);
    expect(isRecordRow(fold("办理结果：市交通运输局已在11个站点加装候车亭"))).toBe(false);
  });

  it("keeps a label outside the class with a short value", () => {
    expect(isRecordRow(fold("落实措施：分批改造"))).toBe(false);
    expect(isRecordRow(fold("主要问题：资金不足"))).toBe(false);
  });
});
