/**
 * Departments (issue #12, 2026-12-05): two readings of what a body's sentence says of it — heads who take
 * items on (the body acts) and a body that only received complaints (named in passing). Made-up
 * sentences; each rule's other side is guarded.
 */
import { describe, expect, it } from "vitest";
import { detect } from "./rule-test-support";

const at = (level: string) => (text: string) => detect(text, { level });

describe("heads who take items on", () => {
  it("make the body act: the first leads, the others assist", () => {
    expect(detect("委员们收集意见31条，市城管局、市住建局等部门负责人现场认领其中14条。")).toEqual(["市城市管理局:lead", "市住房和城乡建设局:co"]);
    expect(at("区")("区卫健局、区民政局有关负责同志当场领办其中6条。")).toEqual(["区卫生健康局:lead", "区民政局:co"]);
    expect(at("区")("县住建局负责人现场认领了农村危房排查任务。")).toEqual(["区住房和城乡建设局:lead"]);
  });
  it("leave heads who are only present mentioned", () => {
    expect(detect("市住建局、市城管局负责同志现场回应了委员们的意见建议。")).toEqual(["市住房和城乡建设局:mentioned", "市城市管理局:mentioned"]);
    expect(detect("市民政局负责同志到会听取意见。")).toEqual(["市民政局:mentioned"]);
  });
});

describe("a body that only received complaints", () => {
  it("is mentioned after an adverb of time or repetition", () => {
    expect(detect("据了解，市残联此前也收到不少残障家长的类似反映。")).toEqual(["市残疾人联合会:mentioned"]);
    expect(detect("市信访局此前已接到多起相关投诉。")).toEqual(["市信访局:mentioned"]);
    expect(detect("市信访局曾多次接到群众来信。")).toEqual(["市信访局:mentioned"]);
  });
  it("keeps a procedure that goes on after the receiving, and a plain subject", () => {
    expect(detect("二是畅通渠道，12345热线接到诉求后一个工作日内转办。")).toEqual(["市政务服务管理局:lead"]);
    expect(detect("市信访局要及时受理群众来信。")).toEqual(["市信访局:lead"]);
  });
});
