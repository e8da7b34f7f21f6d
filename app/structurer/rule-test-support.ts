/**
 * What the structurer's rule tests share: the real department
 * directory, and short views of a result — the removed lines, the departments with their
 * roles, the kinds of a tree. (Test support only; nothing in the app imports it.)
 */
import { loadDepartments } from "../../content/directory";
import { removeChrome } from "./chrome";
import { lineVerdict } from "./chrome-rules";
import { buildDirectoryIndex, detectDepartments } from "./departments";
import { fold } from "./fold";
import { structureText } from "./index";
import type { Node } from "./types";

export const directory = loadDepartments();
export const directoryIndex = buildDirectoryIndex(directory);

export const structure = (text: string) => structureText(text, { directory });

/** The first document of a text whose head lines (headline, byline, dates…) stand over `body`. */
export const firstDocument = (head: readonly string[], body: readonly string[]) => structure([...head, ...body].join("\n")).documents[0];

/** A made-up district body (an intro and two measures) for the head's tests: byline, source, dates. */
export const POCKET_PARK_BODY = [
  "　　近年来，我区口袋公园数量增长较快，但部分公园设施老化，周边居民使用不便。",
  "　　一是优化布点。区城管局牵头，结合街巷分布新增一批口袋公园。",
  "　　二是加强养护。区园林中心定期巡查，结果向社会公开。",
] as const;

/** The chrome stage's verdict on one line, folded as the stage folds it (null: content). */
export const verdict = (line: string) => lineVerdict(fold(line));

/** The lines the chrome stage removed, as written. */
export const removed = (text: string) => (structure(text).removed ?? []).map((x) => x.text);

/** The chrome stage alone on a text: each removed line with its reason. */
export const removedReasons = (text: string) => new Map(removeChrome(text.split("\n")).removed.map((r) => [r.text, r.reason]));

/** `name:role`, and `:new` for a body offered as a new directory entry unless `markNew` is false; `level` as a document of that level reads bare stems. */
export const detect = (text: string, { markNew = true, level }: { markNew?: boolean; level?: string } = {}) =>
  detectDepartments(text, directoryIndex, { suggestNew: true, level }).map((m) => `${m.name}:${m.role}${markNew && m.new ? ":new" : ""}`);

/** The kinds of a tree, one letter each: `B(B B) H(R R)`. */
export const shape = (nodes: Node[]): string =>
  nodes.map((n) => `${(n.kind ?? "?")[0].toUpperCase()}${n.children.length ? `(${shape(n.children)})` : ""}`).join(" ");

/** A made-up county report's intro, finding and measure: the body that chrome tests put page furniture around. */
export const PARA_A = "今年以来，某县围绕农村公路养护开展专题协商，委员们走访了6个乡镇，收集意见建议20余条。";
export const PARA_B = "调研发现，部分村道路面破损、排水不畅，养护资金和人员都存在缺口。";
export const PARA_C = "建议县交通运输局牵头，会同各乡镇建立“路长制”，县财政对养护经费给予保障。";

/** A made-up city report on lift retrofits (an intro and two numbered measures). */
export const ELEVATOR_REPORT = [
  "　　近年来，我市老旧小区加装电梯需求旺盛，但协调难、资金难、维护难问题突出。",
  "一、简化审批流程。市住建局牵头，推行加装电梯联合审批，压缩办理时限。",
  "二、拓宽资金渠道。鼓励居民提取住房公积金用于加装电梯。",
] as const;

/** A made-up county report on rural bus lines (an intro and two numbered measures). */
export const RURAL_BUS_REPORT = [
  "近年来，我县农村客运班线覆盖面不断扩大，但部分线路客流少、运营难，群众出行仍不方便。",
  "一、优化线路布局。县交通运输局牵头，推行“公交+”预约响应模式，提高车辆利用率。",
  "二、加强运营保障。对偏远线路给予运营补贴，保障班线长期稳定运行。",
] as const;

/** A made-up city report on community canteens (an intro and two 一是/二是 measures). */
export const CANTEEN_REPORT = [
  "　　近年来，我市社区食堂数量增长较快，但部分食堂运营困难，老年人就餐仍不方便。",
  "　　一是优化布点。市民政局牵头，结合社区分布新增一批助餐点。",
  "　　二是加强监管。市市场监管局定期开展食品安全抽检，结果向社会公开。",
] as const;

/** A made-up district report on meal points for the elderly (an intro and two numbered measures). */
export const ELDER_MEALS_REPORT = [
  "近年来，我区社区养老服务设施不断完善，但部分老旧小区助餐点覆盖不足，老人就餐仍不方便。",
  "一、扩大助餐点覆盖。区民政局牵头，利用社区用房增设长者食堂，年内实现街道全覆盖。",
  "二、加强食品安全监管。区市场监管局要定期抽检助餐点食材，检测结果向老人公开。",
] as const;

/** A made-up district report on shared-bike parking (an intro and two numbered measures). */
export const BIKE_PARKING_REPORT = [
  "　　近年来，我区共享单车乱停乱放问题突出，占用盲道和消防通道的情况时有发生，群众反映强烈。",
  "一、划定停放区域。区城管局牵头，在地铁口和商圈增设电子围栏停放点。",
  "二、压实企业责任。区交通运输局督促运营企业及时清运，对违规企业约谈通报。",
] as const;
