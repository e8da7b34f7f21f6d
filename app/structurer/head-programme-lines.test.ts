/**
 * A programme's page or transcript: its instalment line (head-names.ts, instalmentLine), its title field
 * (head-shapes.ts, TITLE_FIELD) and the station's line (head-source.ts, stationName); docs/structure-format.md,
 * "Head: pages that are no newspaper's (2026-12-04, thirteenth wave)". Every input is made up for the test; none is
 * taken from a corpus or batch text.
 */
import { describe, expect, it } from "vitest";
import { fold } from "./fold";
import { instalmentLine } from "./head-names";
import { TITLE_FIELD } from "./head-shapes";
import { stationName } from "./head-programme-source";
import { removed, structure } from "./rule-test-support";

const turns = [
  "主持人：各位听众好，今天我们聊聊社区食堂。",
  "某某某：我建议市民政局按就餐人次给予补贴，让食堂能够长期办下去。",
];

describe("a programme's instalment line", () => {
  it("is a name, a bar and the instalment with nothing after", () => {
    expect(instalmentLine(fold("“有事好商量”议事厅｜第9期"))).toBe(true);
    expect(instalmentLine(fold("政协夜话丨第十二集"))).toBe(true);
    expect(instalmentLine(fold("第12期｜社区食堂怎么办"))).toBe(false);
    expect(instalmentLine(fold("社区食堂怎么办｜第12期来了"))).toBe(false);
  });

  it("is removed, and the headline under it is the title", () => {
    const text = ["某某融媒", "“有事好商量”议事厅｜第9期", "社区食堂如何办得长久", ...turns].join("\n");
    expect(structure(text).documents[0].title).toBe("社区食堂如何办得长久");
    expect(removed(text)).toContain("“有事好商量”议事厅｜第9期");
  });
});

describe("a programme's title field and the station's line", () => {
  it("reads 节目标题：/视频标题： as a title field", () => {
    expect(TITLE_FIELD.test(fold("节目标题：社区食堂如何办得长久"))).toBe(true);
    expect(TITLE_FIELD.test(fold("视频标题：社区食堂如何办得长久"))).toBe(true);
    expect(TITLE_FIELD.test(fold("节目时长：24分钟"))).toBe(false);
  });

  it("names the station of a line with a frequency as the source, and the field's value as the title", () => {
    const lines = ["某某人民广播电台 FM 93.8《政协之窗》", "节目标题：社区食堂如何办得长久", ...turns];
    expect(stationName(lines.map((text) => ({ text, folded: fold(text) })), 1)).toBe("某某人民广播电台");
    expect(stationName([{ text: "某某交通广播节目表", folded: fold("某某交通广播节目表") }], 1)).toBeNull();
    const [d] = structure(lines.join("\n")).documents;
    expect(d.title).toBe("社区食堂如何办得长久");
    expect(d.source).toBe("某某人民广播电台");
  });

  // Fourteenth wave: a line that is the station and nothing but its channel, programme, page kind or air date.
  const station = (lines: string[], titleLine: number) => stationName(lines.map((text) => ({ text, folded: fold(text) })), titleLine);
  it("names the station of a line that is only the station, bare, with its channel or programme, or after the air date", () => {
    expect(station(["某某广播电视台", "《某某》文字实录", "社区食堂如何办得长久"], 2)).toBe("某某广播电视台");
    expect(station(["某某电视台《委员面对面》节目文字稿", "社区食堂如何办得长久"], 1)).toBe("某某电视台");
    expect(station(["某某广播电视台\u3000新闻综合频道", "社区食堂如何办得长久"], 1)).toBe("某某广播电视台");
    expect(station(["《某某夜话》第7期文字实录", "社区食堂如何办得长久", "2026年9月12日\u3000某某人民广播电台"], 1)).toBe("某某人民广播电台");
  });
  it("a sentence naming a station, or a 广播 without its frequency, names none", () => {
    expect(station(["社区食堂如何办得长久", "记者从某某电视台获悉，节目将于下周播出。"], 0)).toBeNull();
    expect(station(["某某交通广播", "社区食堂如何办得长久"], 1)).toBeNull();
  });
});
