// A shared public page filled in for one reader must be byte for byte what a
// render for that reader gives: the header's name and count badges in the HTML,
// and the same values in the hydration data (else React would re-render).
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CountBadge } from "../components/count-badge";
import { NAME_TOKEN, TODOS_TOKEN, UNREAD_TOKEN, fillersOf, interleave, layoutOf } from "./shared-pages.server";

// Remix escapes these characters in the hydration data.
const remixJson = (value: unknown) => JSON.stringify(value).replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

function page(user: { displayName: string; todos: number | string; unread: number | string }, nonce: string) {
  const header = renderToStaticMarkup(
    <header>
      <a href="/account">{user.displayName}</a>
      <a href="/member">
        待办
        <CountBadge n={user.todos} kind="todos" />
      </a>
      <a href="/notifications">
        消息
        <CountBadge n={user.unread} kind="unread" />
      </a>
    </header>,
  );
  return Buffer.from(`${header}<main>文件</main><script nonce="${nonce}">window.ctx = ${remixJson({ user })}</script>`);
}

describe("a shared page filled in for its reader", () => {
  const shared = page({ displayName: NAME_TOKEN, todos: TODOS_TOKEN, unread: UNREAD_TOKEN }, "NONCE1");
  const layout = layoutOf(shared, "NONCE1", true);

  it.each([
    [{ displayName: "王立新委员", todos: 3, unread: 0 }],
    [{ displayName: `张"<b>三</b>"&`, todos: 0, unread: 120 }],
    [{ displayName: "陈思远", todos: 0, unread: 0 }],
  ])("equals a render for %o", (user) => {
    const filled = Buffer.concat(interleave(layout.chunks, fillersOf(layout, "NONCE2", { name: user.displayName, todos: user.todos, unread: user.unread })));
    expect(filled.toString()).toBe(page(user, "NONCE2").toString());
  });

  it("puts the badge's words in the reader's script (繁)", () => {
    const filled = Buffer.concat(interleave(layout.chunks, fillersOf(layout, "N", { name: "王", todos: 2, unread: 1 }, (t) => t.replace("项", "項").replace("条未读", "條未讀"))));
    expect(filled.toString()).toContain("2<span class=\"visually-hidden\">項</span>");
    expect(filled.toString()).toContain(`"todos":2,"unread":1`);
  });
});
