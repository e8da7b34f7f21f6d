import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { requireStaff } from "~/auth/auth.server";
import { Field, FormError, inputProps, valueOf } from "~/components/form";
import { addWord, listWords, removeWord } from "~/models/participation/word-list.server";
import { domainFailure, formFailure, parseForm, readForm } from "~/utils/forms.server";
import { idSchema } from "~/utils/schemas";
import { defineSchema } from "~/utils/define-schema";

// 审核词表: "block" words refuse a text, "flag" words mark it in the moderation
// queue. Either way nothing is public before a person approves it.
export const meta: MetaFunction = () => [{ title: "审核词表 · 网络议政 · 协商" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const words = await listWords();
  return json({ words: words.map((w) => ({ id: w.id, word: w.word, level: w.level })) });
}

const intents = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), word: z.string().trim().min(1, "请填写词语").max(50, "词语不能超过 50 个字符"), level: z.enum(["block", "flag"], { error: "请选择处理方式" }) }),
  z.object({ intent: z.literal("remove"), id: idSchema }),
]));

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const form = await readForm(request);
  const parsed = parseForm(intents, form);
  if (!parsed.ok) return formFailure(parsed);
  try {
    if (parsed.data.intent === "add") await addWord(user, { word: parsed.data.word, level: parsed.data.level });
    else await removeWord(user, parsed.data.id);
    return redirect(`/staff/participation/words?done=${parsed.data.intent}`);
  } catch (error) {
    return domainFailure(error, form);
  }
}

const LEVELS = { block: "禁止提交", flag: "提醒审核" } as const;

export default function Words() {
  const { words } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <section aria-labelledby="w-title">
      <p>
        <Link to="/staff/participation">网络议政</Link>
      </p>
      <h1 id="w-title">审核词表</h1>
      <p>意见和提案线索提交时按本表检查（不区分简繁、全角半角和大小写）：“禁止提交”的词会让提交被拒绝并提示原因；“提醒审核”的词允许提交，在审核队列中标出。内容中的手机号码也会标出。</p>
      {done ? <p className="notice ok" role="status">{done === "add" ? "已添加。" : "已删除。"}</p> : null}
      <Form method="post" noValidate>
        <FormError state={state} />
        <Field name="word" label="词语" state={state}>
          <input {...inputProps("word", state)} defaultValue={valueOf(state, "word")} maxLength={50} />
        </Field>
        <Field name="level" label="处理方式" state={state}>
          <select {...inputProps("level", state)} defaultValue={valueOf(state, "level", "flag")}>
            <option value="flag">提醒审核</option>
            <option value="block">禁止提交</option>
          </select>
        </Field>
        <button type="submit" name="intent" value="add" className="primary">
          添加
        </button>
      </Form>
      <div className="table-scroll">
        <table>
          <caption>共 {words.length} 个词</caption>
          <thead>
            <tr>
              <th scope="col">词语</th>
              <th scope="col">处理方式</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {words.map((w) => (
              <tr key={w.id}>
                <td>{w.word}</td>
                <td>{LEVELS[w.level]}</td>
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="id" value={w.id} />
                    <button type="submit" name="intent" value="remove" className="link-button" aria-label={`删除“${w.word}”`}>
                      删除
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
