import { Link } from "~/components/link";

/** Links to a reply's official letter (答复函): the printable page and the .docx download. */
export function ReplyLetterLink({ replyId }: { replyId: number }) {
  return (
    <p className="letter-links">
      <Link to={`/reply-letters/${replyId}`}>查看答复函（可打印）</Link> · <a href={`/reply-letters/${replyId}.docx`}>下载答复函（.docx）</a>
    </p>
  );
}
