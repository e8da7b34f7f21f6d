import { describe, expect, it } from "vitest";
import { pastedArticles } from "./pasted-articles";
import { structure } from "./pipeline";

const lines = (s: string) => s.trim().split("\n");

const FIRST = `
某县政协开展河道保洁专题视察
发布时间：2026-03-02 10:15\u3000来源：某县融媒体中心
3月1日，县政协组织委员对城区河道保洁情况开展专题视察，走访了4条主要河道和2座泵站。
委员们认为，河道保洁责任已经落实到村，但保洁人员老化、经费不足的问题比较突出。
【关闭窗口】
责任编辑：某某`;

describe("pastedArticles (a later article's head after the earlier one's tail)", () => {
  it("cuts where an account's dated line and a headline follow an article's tail, in either order", () => {
    const accountFirst = lines(`${FIRST}
某某发布\u30002026年3月4日 20:10\u3000某省
河道“长治久清”还要多下功夫
县政协委员在视察后提出建议，希望把河道保洁纳入乡村振兴考核。
要保障保洁经费，按河道长度核定补助标准，由县财政按季度拨付到村。`);
    expect(pastedArticles(accountFirst)).toEqual({ cuts: [6], samePage: new Set(), attached: new Set(), pieces: new Set() });
    const headlineFirst = lines(`${FIRST}
河道“长治久清”还要多下功夫
某某发布 2026-03-04 20:10 · 某省
县政协委员在视察后提出建议，希望把河道保洁纳入乡村振兴考核，并落实经费保障。
要保障保洁经费，按河道长度核定补助标准，由县财政按季度拨付到村。`);
    expect(pastedArticles(headlineFirst)).toEqual({ cuts: [6], samePage: new Set(), attached: new Set(), pieces: new Set() });
  });

  it("reads an author line and account furniture between the head and the text", () => {
    const text = lines(`${FIRST}
河道“长治久清”还要多下功夫
2026年3月4日
文／某某
县政协委员在视察后提出建议，希望把河道保洁纳入乡村振兴考核，并落实经费保障措施。
要保障保洁经费，按河道长度核定补助标准，由县财政按季度拨付到村。`);
    expect(pastedArticles(text)).toEqual({ cuts: [6], samePage: new Set(), attached: new Set(), pieces: new Set() });
  });

  it("does not cut at a section heading over a dated paragraph, nor without a tail before the head", () => {
    const section = lines(`
关于加强河道保洁的调研报告
一、基本情况
全县共有河道56条，总长度412公里，已全部落实河长制，保洁责任落实到村。
二、存在问题
2026年3月1日，调研组走访了城区4条主要河道，发现保洁人员老化、经费不足问题突出。`);
    expect(pastedArticles(section)).toBeNull();
    const noTail = lines(`
某县政协开展河道保洁专题视察
3月1日，县政协组织委员对城区河道保洁情况开展专题视察，走访了4条主要河道和2座泵站。
河道“长治久清”还要多下功夫
某某发布 2026-03-04 20:10
县政协委员在视察后提出建议，希望把河道保洁纳入乡村振兴考核，并落实经费保障。
要保障保洁经费，按河道长度核定补助标准，由县财政按季度拨付到村。`);
    expect(pastedArticles(noTail)).toBeNull();
  });

  it("does not cut at a comment section's dated name lines over one-paragraph comments", () => {
    const comments = lines(`${FIRST}
全部评论
河边住户说得太对了
网友某某 2026-03-02 12:30 某省
我家门口那条河以前天天有人捞垃圾，现在一个星期都见不到人，希望尽快解决。
网友某某某 2026-03-02 13:05 某省
建议把保洁经费公示出来，让村民都能监督，钱花在哪里要清清楚楚的。`);
    expect(pastedArticles(comments)).toBeNull();
  });

  it("the pipeline structures each part alone: two documents with their own date and source", () => {
    const result = structure(
      `${FIRST}
某某发布\u30002026年3月4日 20:10\u3000某省
河道“长治久清”还要多下功夫
县政协委员在视察后提出建议，希望把河道保洁纳入乡村振兴考核。
要保障保洁经费，按河道长度核定补助标准，由县财政按季度拨付到村。`.trim(),
      undefined,
    );
    expect(result.documents.map((d) => [d.title, d.date])).toEqual([
      ["某县政协开展河道保洁专题视察", "2026-03-02"],
      ["河道“长治久清”还要多下功夫", "2026-03-04"],
    ]);
    expect(result.removed?.map((r) => r.line)).toContain(7);
  });

  it("cuts at a genre's kicker over a headline over prose; the commentary keeps the page's date and source", () => {
    const text = `某某晚报\u30002026年6月3日\u3000第05版
市政协视察社区食堂运营情况
本报讯 6月2日，市政协组织委员视察社区食堂运营情况，走访了5个街道的8家社区食堂。
委员们发现，部分食堂菜价偏高、菜品单一，老年人就餐优惠政策知晓率不高，运营补贴发放也不够及时。
【编后】
一餐热饭的分量
社区食堂办得好不好，老人们的饭碗最有发言权。价格要实在，口味要对路，服务要贴心。
办好社区食堂，既要政府搭台、企业唱戏，也要让老人们常来提意见，让食堂越办越红火。`;
    expect(pastedArticles(lines(text))).toEqual({ cuts: [4], samePage: new Set([4]), attached: new Set(), pieces: new Set() });
    const docs = structure(text, undefined).documents;
    expect(docs.map((d) => [d.title, d.date, d.source])).toEqual([
      ["市政协视察社区食堂运营情况", "2026-06-03", "某某晚报"],
      ["一餐热饭的分量", "2026-06-03", "某某晚报"],
    ]);
    // A kicker that is the text's first line, over its own headline, is no cut.
    expect(pastedArticles(lines(text.split("\n").slice(4).join("\n")))).toBeNull();
  });

  it("cuts at a glyph-marked genre kicker (`■ 短评`) over a headline, a marked pen name and one short paragraph", () => {
    const text = `某某日报\u30002026年9月3日\u3000第04版
市政协调研背街小巷路灯整治
本报讯 9月2日，市政协组织部分委员调研背街小巷路灯整治情况，走访了3个街道的12条小巷。
委员们建议，市城市管理局加快补齐背街小巷照明设施，对损坏路灯建立快速报修机制。
■ 短评
照亮回家的路
△ 某言
一盏路灯，照亮的是群众回家的路，也照见为民办事的心。`;
    expect(pastedArticles(lines(text))).toEqual({ cuts: [4], samePage: new Set([4]), attached: new Set(), pieces: new Set() });
    const result = structure(text, undefined);
    expect(result.documents.map((d) => [d.title, d.byline, d.date])).toEqual([
      ["市政协调研背街小巷路灯整治", null, "2026-09-03"],
      ["照亮回家的路", "某言", "2026-09-03"],
    ]);
    expect(result.removed?.find((r) => r.text === "■ 短评")?.reason).toBe("column");
    // Seventeenth wave: unsigned, one short paragraph under kicker and headline is still a piece of its own
    // (holdout-24 `epaper-03`'s `【记者手记】`); with no headline over the paragraph, no cut.
    expect(pastedArticles(lines(text.replace("△ 某言\n", "")))?.cuts).toEqual([4]);
    expect(pastedArticles(lines(text.replace("照亮回家的路\n△ 某言\n", "")))).toBeNull();
    // A glyph before a word that names no genre (`■ 路灯`) is no kicker.
    expect(pastedArticles(lines(text.replace("■ 短评", "■ 路灯")))).toBeNull();
  });

  it("cuts at an attachment marker (`附：…`) over a headline, a name line and prose; the marker is removed", () => {
    const text = `市政协“社区菜市场改造”专题协商会纪要
\u3000\u30004月8日，市政协召开专题协商会，听取市商务局关于社区菜市场改造的情况通报，委员们协商交流。
\u3000\u3000会议要求市商务局认真吸纳委员意见，抓紧完善改造方案，年内完成首批改造任务。
附：某某委员书面发言
让菜市场既干净又实惠
市政协委员\u3000靳某某
\u3000\u3000菜市场改造关系千家万户的“菜篮子”。改造中要保留平价摊位，不能一改了之、一涨了之。
\u3000\u3000建议市商务局会同市市场监督管理局建立改造后摊位租金监测制度，防止租金过快上涨。`;
    expect(pastedArticles(lines(text))).toEqual({ cuts: [3], samePage: new Set(), attached: new Set([3]), pieces: new Set() });
    const result = structure(text, undefined);
    expect(result.documents.map((d) => [d.title, d.byline, d.date])).toEqual([
      ["市政协“社区菜市场改造”专题协商会纪要", null, null],
      ["让菜市场既干净又实惠", "市政协委员　靳某某", null],
    ]);
    expect(result.removed?.map((r) => r.text)).toContain("附：某某委员书面发言");
    // An annex label (`附件：…`) is annex.ts's: no cut.
    expect(pastedArticles(lines(text.replace("附：某某委员书面发言", "附件：某某委员书面发言")))).toBeNull();
  });
});

describe("a group chat forwarding two articles", () => {
  it("cuts at the second article's head after a chat turn (speaker and time) ends the first", () => {
    const lines = [
      "甲某 09:03",
      "社区共享菜园让邻里更亲",
      "来源：某某日报　2026-04-15",
      "某社区把小区里几块闲置多年的边角空地改造成共享菜园，由居民认领种植，社区统一管理。",
      "委员们建议，市住建局将共享菜园纳入老旧小区改造内容统筹推进，市农业农村局提供种植指导。",
      "乙某 09:05",
      "这个好",
      "甲某 09:06",
      "老旧厂房变身社区客厅",
      "2026-04-12　来源：某某发布",
      "位于老城区的原纺织厂仓库，经过改造成为集阅读、托育、助餐于一体的社区客厅，每天接待居民300多人次。",
      "下一步，市民政局将总结经验，在全市推广厂房变客厅模式，市城市管理局负责做好周边环境整治。",
    ];
    expect(pastedArticles(lines)?.cuts).toEqual([8]);
  });
});
