// Pieces shared by the studio and session pages: status badges, session
// lists, and the studio / session / shift form fields.
import { Link } from "~/components/link";
import { formatBeijingRange } from "~/utils/beijing-time";
import { SESSION_AUDIENCE_LABELS, SESSION_STATUS_LABELS, type SessionStatusKey } from "~/models/studios/studio-labels";
import { Field, type FormState, inputProps, listValueOf, valueOf } from "./form";

const STATUS_TONE: Record<SessionStatusKey, string> = {
  draft: "muted",
  published: "ok",
  closed: "warn",
  held: "muted",
  cancelled: "danger",
};

export function SessionStatusBadge({ status }: { status: SessionStatusKey }) {
  return <span className={`badge ${STATUS_TONE[status]}`}>{SESSION_STATUS_LABELS[status]}</span>;
}

export interface SessionListItem {
  id: number;
  topic: string;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: number;
  reservedForMembers?: number;
  audience: "members" | "public";
  status: SessionStatusKey;
  confirmed: number;
  waitlisted: number;
  studioSlug?: string;
  studioName?: string;
}

/** A list of sessions with time, place, places left and status (words and colour). */
export function SessionList({ sessions, manageBase, showStudio = true }: { sessions: SessionListItem[]; manageBase?: string; showStudio?: boolean }) {
  if (!sessions.length) return <p className="muted-text">暂无活动。</p>;
  return (
    <ul className="session-list">
      {sessions.map((s) => {
        const left = Math.max(0, s.capacity - s.confirmed);
        return (
          <li key={s.id}>
            <h3>
              <Link to={manageBase ? `${manageBase}/${s.id}` : `/sessions/${s.id}`}>{s.topic}</Link>{" "}
              <SessionStatusBadge status={s.status} />
            </h3>
            <p className="session-meta">
              <span>{formatBeijingRange(s.startsAt, s.endsAt)}</span>
              <span>{s.place}</span>
              {showStudio && s.studioName && s.studioSlug ? (
                <span>
                  <Link to={`/studios/${s.studioSlug}`}>{s.studioName}</Link>
                </span>
              ) : null}
              <span>{SESSION_AUDIENCE_LABELS[s.audience]}</span>
              {s.status === "published" || s.status === "closed" || s.status === "draft" ? (
                <span>
                  名额 {s.capacity}
                  {s.reservedForMembers ? `（委员预留 ${s.reservedForMembers}）` : ""}，已报 {s.confirmed}
                  {s.status === "draft" ? "" : left > 0 ? `，余 ${left}` : `，已满（候补 ${s.waitlisted}）`}
                </span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export interface SessionDefaults {
  topic: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: string;
  reservedForMembers: string;
  audience: "members" | "public";
  signupOpensAt: string;
  signupClosesAt: string;
}

export function SessionFields({ state, defaults }: { state: FormState | undefined; defaults: SessionDefaults }) {
  const v = (name: keyof SessionDefaults) => valueOf(state, name, defaults[name]);
  return (
    <>
      <Field name="topic" label="活动主题" state={state}>
        <input type="text" defaultValue={v("topic")} {...inputProps("topic", state)} />
      </Field>
      <Field name="description" label="活动说明（选填）" state={state}>
        <textarea rows={4} defaultValue={v("description")} {...inputProps("description", state)} />
      </Field>
      <div className="field-pair">
        <Field name="startsAt" label="开始时间（北京时间）" state={state}>
          <input type="datetime-local" defaultValue={v("startsAt")} {...inputProps("startsAt", state)} />
        </Field>
        <Field name="endsAt" label="结束时间（北京时间）" state={state}>
          <input type="datetime-local" defaultValue={v("endsAt")} {...inputProps("endsAt", state)} />
        </Field>
      </div>
      <Field name="place" label="地点" state={state}>
        <input type="text" defaultValue={v("place")} {...inputProps("place", state)} />
      </Field>
      <div className="field-pair">
        <Field name="capacity" label="名额" state={state}>
          <input type="number" min={1} defaultValue={v("capacity")} {...inputProps("capacity", state)} />
        </Field>
        <Field name="reservedForMembers" label="其中为委员预留" state={state} hint="公众最多可报“名额 − 预留”个">
          <input type="number" min={0} defaultValue={v("reservedForMembers")} {...inputProps("reservedForMembers", state, true)} />
        </Field>
      </div>
      <Field name="audience" label="报名范围" state={state}>
        <select defaultValue={v("audience")} {...inputProps("audience", state)}>
          <option value="public">委员与公众（公众须登录）</option>
          <option value="members">仅限委员</option>
        </select>
      </Field>
      <div className="field-pair">
        <Field name="signupOpensAt" label="报名开始（选填）" state={state} hint="不填：发布即开始">
          <input type="datetime-local" defaultValue={v("signupOpensAt")} {...inputProps("signupOpensAt", state, true)} />
        </Field>
        <Field name="signupClosesAt" label="报名截止（选填）" state={state} hint="不填：活动开始时截止">
          <input type="datetime-local" defaultValue={v("signupClosesAt")} {...inputProps("signupClosesAt", state, true)} />
        </Field>
      </div>
    </>
  );
}

export interface PersonOption {
  id: string;
  displayName: string;
  username: string;
}

export interface StudioDefaults {
  slug: string;
  name: string;
  district: string;
  street: string;
  community: string;
  address: string;
  sectorId: string;
  description: string;
  openingHours: string;
  contactPhone: string;
  leadId: string;
  memberIds: string[];
}

export function StudioFields({
  state,
  defaults,
  sectors,
  members,
}: {
  state: FormState | undefined;
  defaults: StudioDefaults;
  sectors: { id: number; name: string }[];
  members: PersonOption[];
}) {
  const v = (name: Exclude<keyof StudioDefaults, "memberIds">) => valueOf(state, name, defaults[name]);
  const chosen = listValueOf(state, "memberIds", defaults.memberIds);
  return (
    <>
      <Field name="name" label="工作室名称" state={state}>
        <input type="text" defaultValue={v("name")} {...inputProps("name", state)} />
      </Field>
      <Field name="slug" label="网址标识" state={state} hint="小写字母、数字和连字符，如 cuiyuan-minsheng">
        <input type="text" defaultValue={v("slug")} {...inputProps("slug", state, true)} />
      </Field>
      <div className="field-pair">
        <Field name="district" label="区县" state={state}>
          <input type="text" defaultValue={v("district")} {...inputProps("district", state)} />
        </Field>
        <Field name="street" label="街道（乡镇）" state={state}>
          <input type="text" defaultValue={v("street")} {...inputProps("street", state)} />
        </Field>
        <Field name="community" label="社区（村）" state={state}>
          <input type="text" defaultValue={v("community")} {...inputProps("community", state)} />
        </Field>
      </div>
      <Field name="address" label="地址" state={state}>
        <input type="text" defaultValue={v("address")} {...inputProps("address", state)} />
      </Field>
      <Field name="sectorId" label="界别或党派" state={state}>
        <select defaultValue={v("sectorId")} {...inputProps("sectorId", state)}>
          <option value="">（不限）</option>
          {sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field name="description" label="简介" state={state}>
        <textarea rows={4} defaultValue={v("description")} {...inputProps("description", state)} />
      </Field>
      <div className="field-pair">
        <Field name="openingHours" label="接待时间" state={state}>
          <input type="text" defaultValue={v("openingHours")} {...inputProps("openingHours", state)} />
        </Field>
        <Field name="contactPhone" label="联系电话" state={state}>
          <input type="text" defaultValue={v("contactPhone")} {...inputProps("contactPhone", state)} />
        </Field>
      </div>
      <Field name="leadId" label="召集人" state={state} hint="召集人可发布本工作室的活动、安排接待日">
        <select defaultValue={v("leadId")} {...inputProps("leadId", state, true)}>
          <option value="">（暂无）</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.displayName}（{m.username}）
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="field" aria-describedby={state?.errors?.memberIds ? "f-memberIds-error" : undefined}>
        <legend>驻室委员</legend>
        <div className="checkbox-row">
          {members.map((m) => (
            <label key={m.id}>
              <input type="checkbox" name="memberIds" value={m.id} defaultChecked={chosen.includes(m.id)} /> {m.displayName}
            </label>
          ))}
        </div>
        {state?.errors?.memberIds ? (
          <p className="field-error" id="f-memberIds-error">
            {state.errors.memberIds}
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
