import { useSearchParams } from "@remix-run/react";

/**
 * The green line after a successful action: the action redirects with
 * `?done=<what>` (so a reload does not post again) and the page says in words
 * what just happened. After a failed action the URL still names the previous
 * success, so the notice stands down and only the failure shows.
 */
export function DoneNotice({ messages, failed }: { messages: Record<string, string>; failed?: unknown }) {
  const [params] = useSearchParams();
  const key = params.get("done");
  const message = key && !failed && Object.hasOwn(messages, key) ? messages[key] : null;
  if (!message) return null;
  return (
    <p className="notice ok" role="status">
      {message}
    </p>
  );
}
