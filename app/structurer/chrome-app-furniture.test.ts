/**
 * Furniture of apps, players, microblogs, live streams, slides, widgets and transcripts.
 * Each input here is made up for the test; none is taken from the corpus.
 */
import { describe, expect, it } from "vitest";
import { lineVerdict } from "./chrome-rules";
import { fold } from "./fold";
import { BIKE_PARKING_REPORT, CANTEEN_REPORT, ELEVATOR_REPORT, removed, RURAL_BUS_REPORT, structure, verdict } from "./rule-test-support";

describe("app and WeChat prompts", () => {
  it("a reading-time note is metadata; an open-in-app prompt and 点蓝字 are ads", () => {
    expect(lineVerdict("📖 全文约2300字，阅读约需6分钟")).toBe("metadata");
    expect(lineVerdict("阅读提示：本文约900字")).toBe("metadata");
    expect(lineVerdict("打开“某某新闻”APP，查看更多精彩")).toBe("ad");
    expect(lineVerdict("↑ 点上方蓝字关注")).toBe("ad");
    expect(lineVerdict("全文共分三个部分，阅读时请注意。")).toBeNull();
  });

  it("a row of bracketed buttons is a widget", () => {
    expect(lineVerdict("【放大】【缩小】【默认】")).toBe("widget");
    expect(lineVerdict("【委员声音】")).not.toBe("widget");
  });
});

describe("broadcast transcripts", () => {
  it("cues in brackets and air-time fields are chrome; a station's programme transcript label is a column", () => {
    expect(lineVerdict("【片尾】")).toBe("ornament");
    expect(lineVerdict("（音乐）")).toBe("ornament");
    expect(lineVerdict("播出频道：某某综合频道　重播：次日 12:00")).toBe("metadata");
    expect(lineVerdict("某某电视台《城事访谈》节目文字稿")).toBe("column");
  });

  it("本期主题： is a title field", () => {
    const text = ["本期主题：让共享单车停得整齐", "主持人：各位观众好。今天我们聊聊共享单车停放的问题，请委员谈谈看法。", ...BIKE_PARKING_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("让共享单车停得整齐");
  });
});

describe("player, screenshot and transcript furniture", () => {
  it("a read-aloud / font-size widget and a video player's residue are widgets", () => {
    expect(lineVerdict("🔈 朗读本文　A+　A-")).toBe("widget");
    expect(lineVerdict("01:12 / 05:30")).toBe("widget");
    expect(lineVerdict("倍速")).toBe("widget");
    expect(lineVerdict("抱歉，您的浏览器不支持audio标签")).toBe("widget");
    expect(lineVerdict("委员们在现场朗读本文件的要点，并提出修改意见。")).toBeNull();
  });

  it("a player's control bar copied as one row is a widget; buttons must be there, not speeds alone", () => {
    expect(lineVerdict(fold("倍速　全屏"))).toBe("widget");
    expect(lineVerdict(fold("重播 倍速 1.5x 全屏"))).toBe("widget");
    expect(lineVerdict(fold("1.0x　2.0x"))).not.toBe("widget");
    expect(lineVerdict(fold("全屏　倍速播放后委员们继续讨论"))).not.toBe("widget");
  });

  it("a screenshot's clock, status bar and back bar, a transcript's time mark", () => {
    expect(lineVerdict("10:27")).toBe("metadata");
    expect(lineVerdict("▶ 14:05")).toBe("metadata");
    expect(lineVerdict("4G 63%")).toBe("widget");
    expect(lineVerdict("< 返回　　掌上某城　　···")).toBe("navigation");
  });

  it("a station line with its frequency and a programme's issue label", () => {
    expect(lineVerdict("青禾人民广播电台　FM103.5 交通之声")).toBe("masthead");
    expect(lineVerdict("《民生直通车》第58期文字实录")).toBe("metadata");
    expect(lineVerdict("全县有FM 92.1 和 AM 900 两个频率覆盖山区。")).toBeNull();
  });

  it("the status bar and back bar over a screenshot are not the title", () => {
    const text = ["8:15", "5G 42%", "< 返回　　掌上某城　　···", "关于老旧小区加装电梯的建议", ...ELEVATOR_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("关于老旧小区加装电梯的建议");
  });
});

describe("microblog, online document and message board furniture", () => {
  it("a microblog's link, video, count and comment rows are chrome", () => {
    expect(lineVerdict("网页链接")).toBe("widget");
    expect(lineVerdict("L青禾发布的微博视频")).toBe("widget");
    expect(lineVerdict("收起全文d")).toBe("widget");
    expect(lineVerdict("转发 208")).toBe("widget");
    expect(lineVerdict("热门评论")).toBe("related");
    expect(lineVerdict("查看全部回复 >")).toBe("widget");
  });

  it("an online document's edit line, collaborators, outline, mentions and comment counts", () => {
    expect(lineVerdict("最后修改：昨天 09:05　　组织内可编辑")).toBe("metadata");
    expect(lineVerdict("协作者 5")).toBe("widget");
    expect(lineVerdict("文档目录")).toBe("related");
    expect(lineVerdict("@韩某 请补充去年的数据来源")).toBe("chat");
    expect(lineVerdict("4条评论")).toBe("widget");
    expect(lineVerdict("已解决")).toBe("widget");
  });

  it("a message board's record, reply and rating lines are chrome", () => {
    expect(lineVerdict("信件编号：2025-0301-118　　状态：已回复")).toBe("metadata");
    expect(lineVerdict("回复单位：某市住房和城乡建设局　　回复时间：2025-03-09")).toBe("metadata");
    expect(lineVerdict("满意度评价：★★★☆☆")).toBe("widget");
    expect(lineVerdict("您对本次回复是否满意？　满意　不满意")).toBe("widget");
    expect(lineVerdict("更多留言")).toBe("related");
  });

  it("a site's script switch and an advertising licence footer", () => {
    expect(lineVerdict("某城政协网　　简体 | 繁體")).toBe("navigation");
    expect(lineVerdict("社址：某城湖滨路1号　广告经营许可证：某工商广字018号")).toBe("legal");
  });
});

describe("live streams, live blogs, chats and mini programs", () => {
  it("a live stream's info fields and scrolling comments", () => {
    expect(verdict("直播时间：2026年5月6日 20:00　观看人数：1.1万")).toBe("metadata");
    expect(verdict("弹幕｜青青草：主持人好")).toBe("chat");
  });

  it("a live blog's close, its production credit and comment button", () => {
    expect(verdict("以上为本场直播全部内容，感谢收看")).toBe("widget");
    expect(verdict("某某网融媒体中心出品　记者：某某")).toBe("credit");
    expect(verdict("网友评论（12）　我要评论")).toBe("widget");
  });

  it("a work chat's export header, dated divider, receipts, file cards and DING notices", () => {
    expect(verdict("企业微信群聊记录导出")).toBe("chat");
    expect(verdict("群名称：县政协农业组（8人）")).toBe("chat");
    expect(verdict("—— 2026年4月7日 星期二 ——")).toBe("chat");
    expect(verdict("已读 5　未读 2")).toBe("chat");
    expect(verdict("[文件] 农村客运调研提纲.docx　36KB")).toBe("chat");
    expect(verdict("DING　某某 发起了DING：请明天上午反馈")).toBe("chat");
  });

  it("a mini program's bars, form fields, attachments and progress flow", () => {
    expect(verdict("<　社情民意详情　　··· ◎")).toBe("navigation");
    expect(verdict("类型：社会事业　　状态：已办结")).toBe("metadata");
    expect(verdict("附件（2）")).toBe("metadata");
    expect(verdict("提交 → 受理 → 办结")).toBe("widget");
    // A `>` chain is a breadcrumb, left to the navigation rules (found by the import-preview test).
    expect(verdict("首页 > 新闻中心 > 政协动态")).toBe("navigation");
    expect(verdict("状态：已办结")).toBeNull();
  });
});

describe("slides, apps, bilingual pages and OCR", () => {
  it("slide numbers and a closing slide; an OCR page number", () => {
    expect(verdict("幻灯片 12")).toBe("page-number");
    expect(verdict("Slide 3")).toBe("page-number");
    expect(verdict("—— 感谢聆听 ——")).toBe("ornament");
    expect(verdict("一 12 一")).toBe("page-number");
    expect(verdict("谢谢大家！")).toBeNull();
  });

  it("an outline slide whose items come back as headings", () => {
    const text = ["汇报提纲", "现状　问题　建议", "一、现状", RURAL_BUS_REPORT[0], "二、问题", "部分线路客流少。", "三、建议", RURAL_BUS_REPORT[1]].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["汇报提纲", "现状　问题　建议"]));
  });

  it("an app's name and channel; a bilingual masthead, share bar and English summary", () => {
    expect(verdict("某某新闻客户端")).toBe("masthead");
    expect(verdict("某省频道")).toBe("column");
    expect(verdict("某某在线 Moumou Online")).toBe("masthead");
    expect(verdict("分享 Share：微信 WeChat　微博 Weibo　Facebook")).not.toBeNull();
    const summary = "[English Summary] Members proposed demand-responsive buses, subsidies for remote routes and better village stops for rural residents.";
    expect(removed([...RURAL_BUS_REPORT, summary].join("\n"))).toContain(summary);
  });

  it("a date with a time of day is metadata wherever it stands; a date between headline and text too", () => {
    const text = ["某某发布", "农村客运如何开得进留得住", "直播中　|　刷新", "2026-05-06", ...RURAL_BUS_REPORT, "2026年05月06日 08:05"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(["2026-05-06", "2026年05月06日 08:05"]));
  });

  it("the reprinting account's name above a reprint card is masthead", () => {
    const text = ["青禾发布", "以下文章来源于青禾政协，作者青禾政协", "青禾政协．", "汇聚委员智慧，服务全县发展", "2026年05月06日 08:05", "民生议事厅｜农村客运“最后一公里”如何打通？", RURAL_BUS_REPORT[0], "调研组认为，全县客运站点已基本覆盖建制村，但部分线路空驶率高、补贴不足。为此，调研组提出以下建议：", `◆${RURAL_BUS_REPORT[1].slice(2)}`, `◆${RURAL_BUS_REPORT[2].slice(2)}`].join("\n");
    expect(removed(text)).toContain("青禾发布");
  });
});

describe("app and player furniture", () => {
  it("a follow button, a media embed's marker and its player are widgets", () => {
    expect(verdict("+关注")).toBe("widget");
    expect(verdict("＋ 订阅")).toBe("widget");
    expect(verdict("▶ 视频 02:15")).toBe("widget");
    expect(verdict("► 视频 1:02:40")).not.toBeNull();
    expect(verdict("00:00 / 03:07")).toBe("widget");
    expect(verdict("关注民生实事，助力社区发展")).toBeNull();
  });

  it("a player's loading error and its retry button are widgets, the headline under them the title", () => {
    expect(verdict("音频播放失败，点击重试")).toBe("widget");
    expect(verdict("网络不给力，请稍后再试")).toBe("widget");
    const text = ["某某发布", "视频加载出错，请检查网络", "重新加载", "社区食堂怎样办得更长久", ...CANTEEN_REPORT].join("\n");
    expect(structure(text).documents[0].title).toBe("社区食堂怎样办得更长久");
    expect(removed(text)).toContain("重新加载");
  });

  it("a poll's question, kind, options with votes and closing line are widgets", () => {
    const poll = ["您最支持哪项措施？", "多选", "增设助餐点　301票　55.1%", "加强食品抽检　245票　44.9%", "投票截止 · 共546人参与"];
    const text = ["社区食堂怎样办得更长久", ...CANTEEN_REPORT, ...poll, "编辑：某某"].join("\n");
    expect(removed(text)).toEqual(expect.arrayContaining(poll));
    expect(verdict("已有1203人投票")).toBe("widget");
  });

  it("a column's like counter and a transcript's editorial note are not the text", () => {
    expect(verdict("128 人点赞了这篇回答")).toBe("widget");
    expect(verdict("（根据座谈会现场录音整理，未经发言人审阅）")).toBe("credit");
    expect(verdict("（本文根据速记稿整理）")).toBe("credit");
  });
});

describe("widgets: checkboxes, polls, media, reading statistics, button rows", () => {
  it("checkbox rows and poll options with their share are widgets", () => {
    expect(verdict("☑同意　□不同意　□弃权")).toBe("widget");
    expect(verdict("◎ 每周一次（58%）")).toBe("widget");
    expect(verdict("● 支持 62.5%")).toBe("widget");
    expect(verdict("问卷已截止，共342人参与")).toBe("widget");
  });

  it("an emoji-led player or poll and reading statistics are widgets", () => {
    expect(verdict("🎧 点击播放本期音频")).toBe("widget");
    expect(verdict("🗳️ 投票｜你支持延长开放吗？")).toBe("widget");
    expect(verdict("全文字数：约2400字")).toBe("widget");
    expect(verdict("阅读时长：5分钟")).toBe("widget");
  });

  it("a row of buttons or tabs, or of edition navigation only, is chrome", () => {
    expect(verdict("我要评价　　关注本帖　　转发")).toBe("widget");
    expect(verdict("图文直播　　视频回放　　精彩图集")).toBe("widget");
    expect(verdict("◀上一页 下一页▶ 标题导航")).toBe("navigation");
    expect(verdict("关注民生　改善服务　提升质量")).toBeNull();
  });
});

describe("microblogs, transcripts and language switches", () => {
  it("a verified account, a teaser pointing at the image and an OCR note are chrome", () => {
    expect(verdict("某某区融媒V")).toBe("masthead");
    expect(verdict("#我为家乡献一策# 社区食堂怎么办好？看委员怎么说↓（长图）")).toBe("widget");
    expect(verdict("◎网页链接")).toBe("widget");
    expect(verdict("—— 以下是图片文字 ——")).toBe("metadata");
    expect(verdict("以下为视频文字实录")).toBe("metadata");
  });

  it("a masthead ending in a language switch is masthead", () => {
    expect(verdict("某某州政府网　Uyghurche / 汉文")).toBe("masthead");
    expect(verdict("某某新闻 藏文|中文")).toBe("masthead");
  });
});
