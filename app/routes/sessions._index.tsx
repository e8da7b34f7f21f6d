import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { SessionList } from "~/components/studio-ui";
import { listSessions } from "~/models/studios/session-queries.server";
import studiosCss from "~/styles/studios.css";
import { ExportLinks } from "~/components/export-links";
import { paramsOf, sessionsQuery } from "~/utils/list-queries";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: studiosCss }];
export const meta: MetaFunction = () => [{ title: "协商活动 · 协商" }];


export async function loader({ request }: LoaderFunctionArgs) {
  const { when } = sessionsQuery.parse(paramsOf(request.url));
  const rows = await listSessions({ when }, 100);
  return json({
    when,
    sessions: rows.map((r) => ({ ...r, startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() })),
  });
}

export default function Sessions() {
  const { when, sessions } = useLoaderData<typeof loader>();
  return (
    <section aria-labelledby="sessions-title">
      <p>
        <Link to="/studios">委员工作室</Link>
      </p>
      <h1 id="sessions-title">{when === "past" ? "往期协商活动" : "近期协商活动"}</h1>
      <div className="list-header">
        <p className="count">共 {sessions.length} 场</p>
        <nav aria-label="活动时间">
          {when === "past" ? <Link to="/sessions">近期活动</Link> : <Link to="/sessions?when=past">往期活动</Link>}
        </nav>
      </div>
      <ExportLinks list="sessions" />
      <SessionList sessions={sessions} />
    </section>
  );
}
