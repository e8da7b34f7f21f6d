/**
 * The headline by position and wording (title-score.ts). Every input is made up for the
 * test, in at least two styles per rule; none is taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { firstDocument, removed, structure } from "./rule-test-support";
import { fieldShaped, occasionName, wordedHeadline } from "./title-score";

const body = [
  "　　近年来，我市社区食堂数量增长较快，但部分食堂运营困难，老年人就餐仍不方便。",
  "　　一是优化布点。市民政局牵头，结合社区分布新增一批助餐点。",
  "　　二是加强监管。市市场监管局定期开展食品安全抽检，结果向社会公开。",
];
const title = (lines: string[]) => firstDocument(lines, body).title;

describe("the headline is the line the article hangs from", () => {
  it("the line right over a dashed 副题 is the headline, whatever a line above it quotes or names (twenty-first wave)", () => {
    // A magazine's issue line with its name in 《》 and a page range; a site's two-part column bar; a quoted kicker.
    expect(title(["《某某政协》2026年第3期 · 封面故事", "P08-11", "社区食堂，怎样办得更长久", "——访市政协委员 某某", "文/本刊记者 某某"])).toBe("社区食堂，怎样办得更长久");
    expect(title(["某某政协｜十届二次会议大会发言选登", "让社区食堂办得更长久", "——在市政协十届二次会议上的大会发言", "民盟某某市委员会"])).toBe("让社区食堂办得更长久");
    expect(title(["“有事好商量”走进社区", "社区食堂有了长久之计", "——某某街道协商议事会侧记", "本报记者 某某"])).toBe("社区食堂有了长久之计");
    // Without the dash the worded line above keeps the title (a 副题 printed plain is no evidence).
    expect(title(["“有事好商量”走进社区", "社区食堂有了长久之计", "本报记者 某某"])).toBe("“有事好商量”走进社区");
  });

  it("a PDF's running head over the headline and its 副题 goes; a kicker printed once stays the text's", () => {
    const head = "某某县政协十届三次会议大会发言材料";
    const lines = [head, "让社区食堂办得更长久", "——在县政协十届三次会议上的大会发言", "县政协委员　某某"];
    const firstLine = (text: string[]) => (structure(text.join("\n")).removed ?? []).some((r) => r.line === 1);
    expect(firstLine([...lines, ...body, "— 1 —", head, "　　三是培育运营主体。县商务局引入餐饮企业连锁运营。"])).toBe(true);
    expect(firstLine([...lines, ...body])).toBe(false);
  });

  it("an unknown line above the headline gives way to the line over the byline (a slide deck, an issuing office)", () => {
    expect(title(["第 1 页 / 共 9 页", "社区食堂怎样办得更长久", "市政协社会和法制委员会 某某"])).toBe("社区食堂怎样办得更长久");
    expect(title(["某某县民政局秘书科", "关于社区食堂运营情况的说明", "2026年5月6日"])).toBe("关于社区食堂运营情况的说明");
  });

  it("a form's fields in a run are never the headline, above it or below it", () => {
    expect(title(["案卷编号：社食第0042号", "承办科室：社会事务科", "社区食堂怎样办得更长久", "反映人：某某"])).toBe("社区食堂怎样办得更长久");
    expect(title(["工单标题：老人吃饭难", "工单状态：已受理待分派", "社区老人吃饭难题待解", "诉求人：某某", "诉求渠道：热线"])).toBe("社区老人吃饭难题待解");
  });

  it("a headline worded as one (quotes, asks, two parts, names a document) wins over a plain line above it", () => {
    // The plain line is a kicker (引题) over the headline: it goes, the worded line is the title.
    expect(title(["聚焦民生实事的委员声音", "社区食堂如何“办得好”", "本报记者 某某"])).toBe("社区食堂如何“办得好”");
    expect(title(["本周热点新闻回顾与推荐", "委员议事｜社区食堂还缺什么", "记者 某某"])).toBe("委员议事｜社区食堂还缺什么");
  });

  it("a periodical's name over its issue number is its masthead", () => {
    expect(title(["某某市政协社情民意信息专报", "第 7 期", "关于推进社区食堂建设的协商纪要"])).toBe("关于推进社区食堂建设的协商纪要");
    expect(title(["某某县委员履职动态汇编", "总第112期", "社区食堂怎样“留住”老人"])).toBe("社区食堂怎样“留住”老人");
    // Even when the serial's name names a document (纪要) as the headline does.
    expect(title(["某县政协协商活动纪要", "总第12期", "关于社区食堂建设的协商意见"])).toBe("关于社区食堂建设的协商意见");
  });
});

describe("what keeps the first line the headline", () => {
  it("a plain headline right over its 副题 without a dash, or its wrapped tail, stays the title", () => {
    expect(title(["某某晚报", "2026年5月6日", "社区食堂扩面提质惠民生", "今年新增助餐点40个 覆盖老人两万人", "本报记者 某某"])).toBe("社区食堂扩面提质惠民生");
    expect(title(["关于推进社区食堂建设的", "调研报告", "市政协社会和法制委员会"])).toBe("关于推进社区食堂建设的调研报告");
    expect(title(["某区社区食堂运营情况的", "专题调研报告", "区政协社会和法制委员会"])).toBe("某区社区食堂运营情况的专题调研报告");
  });

  it("the head ends at the first sentence: lines of a paragraph wrapped in a narrow column are no headline", () => {
    const narrow = ["委员走访城东社区食堂小记", "5月6日，委员们来到", "城东社区食堂，察看", "了厨房、餐厅、配送点，", "听取了运营情况汇报。"];
    expect(title(narrow)).toBe("委员走访城东社区食堂小记");
    expect(title(["委员们走访三家社区食堂", "近日，委员“暗访”了", "三家社区食堂，看菜品、问价格、听意见。"])).toBe("委员们走访三家社区食堂");
  });

  it("a line worded as a headline between the old pick and the new headline stays content", () => {
    const text = ["某某新闻客户端首页推荐", "座谈会发言摘登", "社区食堂如何“办得好”", "本报记者 某某", ...body].join("\n");
    expect(structure(text).documents[0].title).toBe("社区食堂如何“办得好”");
    expect(removed(text)).not.toContain("座谈会发言摘登");
    expect(removed(text)).toContain("某某新闻客户端首页推荐");
  });
});

describe("what is never the headline below the first line", () => {
  it("a speaker's line: an interviewer's question, a Q/A label's question", () => {
    const talk = ["社区食堂为何留不住老人", "——访某某社区书记某某", "主持人：食堂开了一年，为什么人越来越少？", "某某：菜价偏高，口味单一。我们准备两件事：降价，换菜单。"];
    expect(structure(talk.join("\n")).documents[0].title).toBe("社区食堂为何留不住老人");
    const qa = ["某某社区的一次座谈会", "问：社区食堂的饭菜合口吗？", "答：大家普遍反映偏咸，希望少油少盐。也希望多些面食。"];
    expect(structure(qa.join("\n")).documents[0].title).toBe("某某社区的一次座谈会");
  });
});

describe("line shapes", () => {
  it("fields and worded headlines", () => {
    expect(fieldShaped(fold("登记日期：2026-05-06"))).toBe(true);
    expect(fieldShaped(fold("社区食堂扩面提质"))).toBe(false);
    expect(wordedHeadline(fold("高标准农田：建得好，更要管得好"))).toBe(true);
    expect(wordedHeadline(fold("社区食堂扩面提质"))).toBe(false);
  });
});

describe("an occasion's name over the headline (a board, a slide, a booklet's first page)", () => {
  it("the quoted theme of an exhibition or a meeting is no headline's wording: the headline under it wins", () => {
    expect(title(["展板 1／4", "某某市政协“老有所食”专题协商成果展", "社区食堂怎样办得更长久", "市政协社会和法制委员会"])).toBe("社区食堂怎样办得更长久");
    expect(title(["幻灯片 1", "某某区“助餐惠老”协商座谈会", "关于社区食堂运营的几点建议", "区政协提案委员会"])).toBe("关于社区食堂运营的几点建议");
  });

  it("a headline that holds the occasion, or a sentence, is no name", () => {
    expect(occasionName(fold("某某市政协“老有所食”专题协商成果展"))).toBe(true);
    expect(occasionName(fold("第三届某某“助餐惠老”论坛"))).toBe(true);
    expect(occasionName(fold("市政协举办“老有所食”成果展"))).toBe(false);
    expect(occasionName(fold("社区食堂，办成了惠民展"))).toBe(false);
    // Alone on top, the name still is the title: nothing under it is worded as a headline.
    expect(title(["“老有所食”专题协商座谈会", "市政协社会和法制委员会"])).toBe("“老有所食”专题协商座谈会");
  });
});
