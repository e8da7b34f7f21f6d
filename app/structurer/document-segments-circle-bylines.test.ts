import { describe, expect, it } from "vitest";
import { genreKicker } from "./genre-kickers";
import { structure } from "./pipeline";

const documents = (lines: string[]) => structure(lines.join("\n"), { directory: [] }).documents;

// A paper's page of member speeches under circle bylines, then a reporter's piece under a genre's kicker.
const page = (glyph: string, kicker: string, reporter: string) => [
  "某省政协报",
  "2026年11月18日　第3版　履职·建言",
  "产教融合如何变“一盘棋”",
  glyph + " 省政协委员、某职业技术学院院长　某某某",
  "　　我省高职院校与企业合作多停留在签协议、挂牌子，企业参与办学的积极性不高。为此建议：",
  "　　一是完善激励政策。省发展改革委遴选一批产教融合型企业。",
  "　　二是共建实训基地。由省工业和信息化厅牵头，组织龙头企业与职业院校共建实训基地。",
  "双师型教师从哪里来",
  glyph + " 省政协委员、某集团公司总工程师　某某",
  "　　职业院校专业教师大多从学校到学校，缺乏企业实践经历。建议省人力资源和社会保障厅打通职称互评通道。",
  `${kicker}让“校热企冷”变成“双向奔赴”`,
  reporter,
  "　　从两位委员的发言可以看出，产教融合的关键在于企业愿不愿意来。记者了解到，省教育厅已起草相关认定办法。",
];

describe("circle bylines under headlines and a reporter's observation (document-segments.ts, authors.ts)", () => {
  it("opens a document at each headline over a ○ byline, the byline without its glyph", () => {
    const docs = documents(page("○", "记者观察：", "本报记者　某某某"));
    expect(docs.map((d) => d.title)).toEqual(["产教融合如何变“一盘棋”", "双师型教师从哪里来", "记者观察：让“校热企冷”变成“双向奔赴”"]);
    expect(docs.map((d) => d.byline)).toEqual(["省政协委员、某职业技术学院院长　某某某", "省政协委员、某集团公司总工程师　某某", "本报记者　某某某"]);
  });

  it("does so under ● bylines, a reporter and a correspondent signing the observation", () => {
    const docs = documents(page("●", "新闻观察：", "本报记者　某某某　通讯员　某某"));
    expect(docs).toHaveLength(3);
    expect(docs[2].title).toBe("新闻观察：让“校热企冷”变成“双向奔赴”");
    expect(docs[2].byline).toBe("本报记者　某某某　通讯员　某某");
  });

  it("opens a report at its headline over an undashed 副题 and a ◎ byline of several credits (a headline may ask)", () => {
    const report = (headline: string, subtitle: string, byline: string, sentence: string) => [headline, subtitle, byline, "　　" + sentence + "委员们建议：", "　　加快设施改造。县财政局安排专项资金。", "　　加强日常管护。县交通运输局落实巡查责任。"];
    for (const headline of ["山塘水库“小病”不拖成“大险”", "山塘水库，隐患在哪里？"]) {
      const docs = documents([
        "某某报",
        "2026-11-12",
        ...report(headline, "县政协委员视察小型水库安全度汛工作", "◎ 本报记者　某某　通讯员　某某某", "11月上旬，县政协组织委员视察小型水库。"),
        ...report("村集体经济怎样“强筋壮骨”", "县政协调研村级集体经济发展", "◎ 通讯员　某某　记者　某某某", "连日来，县政协就村级集体经济开展调研。"),
      ]);
      expect(docs.map((d) => d.title), headline).toEqual([headline, "村集体经济怎样“强筋壮骨”"]);
      expect(docs.map((d) => d.byline)).toEqual(["本报记者　某某　通讯员　某某某", "通讯员　某某　记者　某某某"]);
    }
  });

  it("reads a genre's name before a colon as a kicker, a speaker's name as none", () => {
    expect(genreKicker("记者观察:让校热企冷变成双向奔赴")).toBe(true);
    expect(genreKicker("农工党省委会:推进中医药传承创新")).toBe(false);
  });
});
