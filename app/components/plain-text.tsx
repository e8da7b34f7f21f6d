/**
 * Text as its author typed it in a plain textarea (a reply, an opinion): each
 * line is a paragraph, blank lines only separate them. Rendered by React, so
 * nothing in the text is markup.
 */
export function PlainText({ text, className = "doc-text" }: { text: string | null; className?: string }) {
  const paragraphs = (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <div className={className}>
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
