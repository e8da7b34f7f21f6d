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
  it("leaves elements marked data-keep-script alone, nested tags and all", () => {
    const html =
      '<h1><span data-keep-script="">关于发展的提案</span></h1><p>办理中</p>' +
      '<div class="doc-text" data-keep-script=""><div><p>一是发展<strong>头发</strong></p></div><p>二是</p></div><p>已答复</p>';
    const out = htmlToHant(html);
    expect(out).toContain('<span data-keep-script="">关于发展的提案</span>');
    expect(out).toContain("<p>辦理中</p>");
    expect(out).toContain('<div class="doc-text" data-keep-script=""><div><p>一是发展<strong>头发</strong></p></div><p>二是</p></div>');
    expect(out).toContain("<p>已答覆</p>");
    // A kept element that never closes keeps only its start tag; the rest is converted.
    expect(htmlToHant('<div data-keep-script="">发展<p>头发</p>')).toBe('<div data-keep-script="">發展<p>頭髮</p>');
  });
  it("reads the reader's choice from the cookie", () => {
    const req = (cookie?: string) => new Request("http://x/", { headers: cookie ? { Cookie: cookie } : {} });
    expect(scriptOf(req())).toBe("hans");
    expect(scriptOf(req("a=1; xs_script=hant"))).toBe("hant");
    expect(scriptOf(req("xs_script=evil"))).toBe("hans");
  });
});
