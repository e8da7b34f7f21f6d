import { describe, expect, it } from "vitest";
import { htmlToHant, scriptOf, toHans, toHant } from "./script.server";

describe("简/繁 conversion", () => {
  it("converts Simplified to Traditional and back", () => {
    expect(toHant("关于加强城乡学校课后服务的建议")).toBe("關於加強城鄉學校課後服務的建議");
    expect(toHans("關於加強城鄉學校課後服務的建議")).toBe("关于加强城乡学校课后服务的建议");
  });
  it("leaves text without Chinese untouched", () => {
    expect(toHant("<div class=\"x\">abc</div>")).toBe("<div class=\"x\">abc</div>");
  });
  it("converts page text but not what is being edited", () => {
    const html =
      '<h1>协商会议</h1><textarea name="t">原文保持简体</textarea><input name="a" value="简体值" placeholder="请输入"/>';
    const out = htmlToHant(html);
    expect(out).toContain("<h1>協商會議</h1>");
    expect(out).toContain(">原文保持简体</textarea>");
    expect(out).toContain('value="简体值"');
    expect(out).toContain('placeholder="請輸入"');
    expect(htmlToHant('<button><span class="keep-script">简体</span></button>')).toContain(">简体<");
  });
  it("reads the reader's choice from the cookie", () => {
    const req = (cookie?: string) => new Request("http://x/", { headers: cookie ? { Cookie: cookie } : {} });
    expect(scriptOf(req())).toBe("hans");
    expect(scriptOf(req("a=1; xs_script=hant"))).toBe("hant");
    expect(scriptOf(req("xs_script=evil"))).toBe("hans");
  });
});
