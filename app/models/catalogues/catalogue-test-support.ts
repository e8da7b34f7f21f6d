// For the catalogue database tests: a plain item to create.
import type { ItemInput } from "./catalogue-items.server";

export const baseItem: ItemInput = {
  title: "测试公开事项",
  contentElements: "内容要素",
  scope: "全社会",
  basis: "《条例》第一条",
  frequency: "monthly",
  frequencyDays: null,
  timeLimitDays: 10,
  responsibleDepartmentId: null,
  channel: "门户网站",
  mode: "proactive",
  source: "manual",
  effectiveFrom: "2026-01-01",
  position: 0,
  active: true,
};

