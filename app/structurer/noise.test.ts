/**
 * Noise removal: web-page chrome and pinyin residue go; every sentence of the text stays.
 */
import { describe, expect, it } from "vitest";
import { structureText } from "./index";
import { classifyLine, removeNoise, stripPinyinResidue, stripTrailingCredit } from "./noise";
import { DIRECTORY, lostSentences } from "./test-support";

describe("chrome lines", () => {
  const noise = [
    "2026-03-02 09:10:11 来源:某某新闻网",
    "2026-04-02 16:42:05  来源：某市政协网",
    "2026年3月2日 来源：某市政协",
    "2026-01-23 08:35:12 來源：某省政協網 瀏覽次數：1268",
    "来源：某市政协办公室",
    "发布时间：2026-03-02",
    "浏览次数：1268",
    "原标题：关于某事",
    "【字号 大 中 小】",
    "【字號 大 中 小】 分享到:",
    "字号：[大] [中] [小]",
    "分享到：微信 微博 QQ空间",
    "微信 微博 QQ空间",
    "【打印本页】【关闭窗口】",
    "打印本页 关闭窗口",
    "返回顶部",
    "编辑: 某某",
    "責任編輯：某某某",
    "（责任编辑：李某某）",
    "审核：王某某 校对：张某某",
    "版权所有：某市政协办公室  地址：某市某区某某路1号",
    "Copyright © 2026 某市政协 All Rights Reserved",
    "京ICP备12345678号-1",
    "某公网安备 11010502000001号",
    "联系电话：0000-12345678",
    "电话:000-00000000 传真:000-00000001",
    "地址：某市某区某某路1号 邮编：000000",
    "技术支持：某市大数据中心",
    "本網轉載僅供參考,如有侵權請聯繫刪除。電話:000-00000000",
    "本网所有文章、图片未经授权不得转载。",
    "扫一扫在手机打开当前页",
    "扫描二维码关注我们",
    "【广告】某某楼盘火热销售中",
    "相关阅读：",
    "上一篇：关于某事的通知",
    "下一篇：无",
  ];
  it.each(noise)("removes %s", (line) => {
    expect(classifyLine(line)).toBe("noise");
  });

  const text = [
    "推广扫码支付，方便群众缴费。",
    "加强知识产权保护，严厉打击侵权盗版行为，维护著作权人合法权益，完善版权所有人的维权渠道，降低维权成本，提高侵权代价，营造尊重创新的良好氛围，推动版权产业高质量发展，让创作者安心创作。",
    "2025年12月1日，市政协召开专题协商会。",
    "2026年3月2日 9:00，市政协召开常委会议，听取情况通报。",
    "要建立分享机制，推动经验交流。",
    "公布联系电话，方便群众反映问题。",
    "主办方应当做好安全保障。",
    "推广远程会诊。",
    "编辑出版地方志。",
    "一、加强领导",
  ];
  it.each(text)("keeps %s", (line) => {
    expect(classifyLine(line)).toBe("text");
  });

  it("drops a date alone at the top or bottom, keeps one in the middle", () => {
    const out = removeNoise(["2026年3月2日", "标题", "2026年3月2日", "正文。", "2026年3月5日"]);
    expect(out).toEqual(["", "标题", "2026年3月2日", "正文。", ""]);
  });

  it("strips a trailing editor credit from the last paragraph", () => {
    expect(stripTrailingCredit("完善制度。（责任编辑：张三）")).toBe("完善制度。");
    expect(stripTrailingCredit("完善制度（试行）。")).toBe("完善制度（试行）。");
  });
});

describe("pinyin residue", () => {
  it("removes a toned syllable after a Han character", () => {
    expect(stripPinyinResidue("某某新聞網(wǎng)")).toBe("某某新聞網");
    expect(stripPinyinResidue("城鄉(xiāng)學校，經(jīng)費")).toBe("城鄉學校，經費");
    expect(stripPinyinResidue("社區（qū）")).toBe("社區");
    expect(stripPinyinResidue("綠(lǜ)色")).toBe("綠色");
  });

  it("keeps ordinary parentheses", () => {
    for (const s of ["附件(a)", "文件(PDF)", "到(2026)年", "县(市、区)", "试点(pilot)", "A(ā)"]) {
      expect(stripPinyinResidue(s)).toBe(s);
    }
  });

  it("handles composed and decomposed tone marks the same", () => {
    const decomposed = "網(wa\u030Cng)";
    const result = structureText(`标题\n一、${decomposed}絡建設。`, { directory: [] });
    expect(result.documents[0].children[0].text).toBe("網絡建設。");
  });
});

describe("whole pages", () => {
  it("keeps every sentence of an article wrapped in page chrome", () => {
    const body = [
      "关于推进社区减负的调研报告",
      "社区是城市治理的“最后一公里”。今年以来，市政协开展专题调研。",
      "（一）严格事项准入。一是由市委社会工作部牵头修订清单。二是建立监测点制度。",
      "（二）整合信息系统。一是清理政务应用。二是推动数据回流。",
    ];
    const page = [
      "2026-04-02 16:42:05  来源：某市政协网",
      "【字号 大 中 小】  【打印本页】  分享到：微信 微博 QQ空间",
      "",
      ...body,
      "",
      "责任编辑：李某某",
      "【打印本页】【关闭窗口】",
      "版权所有：某市政协办公室  地址：某市某区某某路1号  技术支持：某市大数据中心",
      "京ICP备00000000号",
      "扫一扫在手机打开当前页",
    ].join("\n");
    const result = structureText(page, { directory: DIRECTORY });
    expect(lostSentences(body.join("\n"), result)).toEqual([]);
    // The chrome is out of the documents, and kept aside with its reason (for the preview).
    const json = JSON.stringify(result.documents);
    const removed = JSON.stringify(result.removed);
    for (const chrome of ["来源", "字号", "分享到", "责任编辑", "版权所有", "ICP", "扫一扫", "打印本页"]) {
      expect(json).not.toContain(chrome);
      expect(removed).toContain(chrome);
    }
    expect(result.documents[0].children).toHaveLength(2);
  });
});
