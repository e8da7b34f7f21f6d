import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { getOptionalUser } from "~/auth/auth.server";
import { replyLetter } from "~/models/letters/reply-letters.server";
import { REPLY_CATEGORY_LABELS } from "~/utils/labels";
import { parseId } from "~/utils/params";
import { notFound } from "~/utils/responses";
import letterStylesUrl from "~/styles/letter.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: letterStylesUrl }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.letter.title} · ${data.letter.number} · 协商` : "答复函 · 协商" }];

// 答复函: who may read it is decided by replyLetter (the reply's own visibility); anyone else gets 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const letter = await replyLetter(await getOptionalUser(request), parseId(params.replyId));
  if (!letter) throw notFound();
  return json({ letter });
}

export default function ReplyLetterPage() {
  const { letter } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="letter-tools">
        <a href={`/reply-letters/${letter.replyId}.docx`} className="button" download>
          下载答复函（.docx）
        </a>
        <span className="count">用浏览器的“打印”即可按 A4 公文格式打印（页眉、导航和页脚不会打印）。</span>
        {letter.proposalPublic && letter.caseNo ? <Link to={`/proposals/${letter.caseNo}`}>返回提案公开页面</Link> : null}
      </div>
      <article className="letter" aria-labelledby="letter-title">
        <p className="letterhead">{letter.department}</p>
        <p className="doc-number">{letter.number}</p>
        <hr className="red-rule" />
        {letter.published ? null : <p className="draft-mark">（本答复尚未审核公开，仅供内部查看）</p>}
        {letter.category ? (
          <p className="category" title={REPLY_CATEGORY_LABELS[letter.category]}>
            {letter.category}类
          </p>
        ) : null}
        <h1 id="letter-title">{letter.title}</h1>
        <p className="addressee">{letter.addressee}</p>
        <div className="body">
          {letter.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
        <div className="signatory">
          <p>{letter.department}</p>
          <p>{letter.date}</p>
        </div>
        {letter.contactName || letter.contactPhone ? (
          <p className="contact">
            （联系人：{letter.contactName ?? ""}
            {letter.contactPhone ? `；联系电话：${letter.contactPhone}` : ""}）
          </p>
        ) : null}
      </article>
    </>
  );
}
