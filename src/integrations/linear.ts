import { createHash } from "node:crypto";
import { request, resultOf, OutgoingError } from "./http.js";
import { LINEAR_DEFAULT_STATE_NAMES, linearStateNames, linkOf, words, type LinearOp, type Notice } from "../core/notice.js";
import type { DeliveryResult } from "./types.js";

/** Linear's GraphQL endpoint unless LINEAR_API_URL names another (tests, proxies). */
export const LINEAR_DEFAULT_URL = "https://api.linear.app/graphql";

/** Brief state → the Linear workflow state name it maps to by default, matched case-insensitively. */
export const DEFAULT_STATE_NAMES: Record<string, string> = LINEAR_DEFAULT_STATE_NAMES;

/**
 * A UUID derived from a name (SHA-256, version/variant bits set): the Linear
 * issue for a brief always has the same id, so a repeated create after a crash
 * finds or collides with the first instead of making a second issue.
 */
export function derivedUuid(name: string): string {
  const h = createHash("sha256").update(name).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The Linear issue id Handoff uses for a brief in one Linear channel. */
export const issueIdFor = (channelId: string, briefId: string): string => derivedUuid(`handoff-issue:${channelId}:${briefId}`);

export interface LinearTarget {
  endpoint: string;
  apiKey: string;
  teamId: string;
  channelId: string;
  /** The issue stored for this brief, if any. */
  knownIssueId: string | null;
  /** The channel's names for its team's workflow states, per brief state (defaults fill the gaps). */
  stateNames?: Partial<Record<string, string>>;
  publicUrl: string;
}

class GraphQLFailure extends Error {
  constructor(
    message: string,
    readonly result: DeliveryResult,
  ) {
    super(message);
  }
}

const PERMANENT = /authenticat|not authori[sz]ed|forbidden|invalid api key|argument validation|team.*not found/i;
const DUPLICATE = /already exists|duplicate|unique constraint/i;

async function gql(t: LinearTarget, query: string, variables: Record<string, unknown>): Promise<{ data: any; errors?: { message: string }[] }> {
  let res;
  try {
    res = await request(t.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: t.apiKey },
      body: JSON.stringify({ query, variables }),
      userUrl: false,
    });
  } catch (err) {
    const e = err as OutgoingError;
    throw new GraphQLFailure(e.message, { ok: false, error: `Linear: ${e.message}`, permanent: e.refused === true });
  }
  let parsed: { data: any; errors?: { message: string }[] } | null = null;
  try {
    parsed = JSON.parse(res.body);
  } catch {
    // fall through: the HTTP status decides
  }
  if (res.status < 200 || res.status >= 300 || !parsed) {
    const r = resultOf(res);
    const msg = parsed?.errors?.map((e) => e.message).join("; ");
    if (!r.ok && msg) r.error = `HTTP ${res.status}: ${msg}`;
    if (!r.ok && res.status === 400 && msg && !PERMANENT.test(msg)) r.permanent = /RATELIMITED/i.test(msg) ? false : r.permanent;
    throw new GraphQLFailure(r.ok ? "Linear answered something that is not JSON" : r.error, r.ok ? { ok: false, error: "Linear answered something that is not JSON", permanent: false } : r);
  }
  return parsed;
}

function errorsOf(p: { errors?: { message: string }[] }): string | null {
  return p.errors?.length ? p.errors.map((e) => e.message).join("; ") : null;
}

const stateCache = new Map<string, { at: number; states: { id: string; name: string }[] }>();

/** The team's workflow states, read once per five minutes per endpoint and team. */
async function teamStates(t: LinearTarget): Promise<{ id: string; name: string }[]> {
  const key = `${t.endpoint}|${t.teamId}`;
  let cached = stateCache.get(key);
  if (!cached || Date.now() - cached.at > 300_000) {
    const p = await gql(t, "query($teamId: String!) { team(id: $teamId) { states { nodes { id name } } } }", { teamId: t.teamId });
    const err = errorsOf(p);
    if (err) throw new GraphQLFailure(err, { ok: false, error: `Linear: ${err}`, permanent: PERMANENT.test(err) });
    cached = { at: Date.now(), states: p.data?.team?.states?.nodes ?? [] };
    stateCache.set(key, cached);
  }
  return cached.states;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The id of the team state the channel maps `state` to (its own name, else Linear's default); null when none. */
async function stateIdFor(t: LinearTarget, state: string | null): Promise<string | null> {
  if (!state) return null;
  const want = (linearStateNames(t.stateNames) as Record<string, string>)[state];
  if (!want) return null;
  return (await teamStates(t)).find((s) => sameName(s.name, want))?.id ?? null;
}

async function findIssue(t: LinearTarget, id: string): Promise<{ id: string; identifier?: string; url?: string } | null> {
  const p = await gql(t, "query($id: String!) { issue(id: $id) { id identifier url } }", { id });
  return p.data?.issue ?? null;
}

function description(n: Notice, publicUrl: string): string {
  return `${n.summary}\n\n[Open the brief in Handoff](${linkOf(n, publicUrl)})`;
}

/**
 * Ensures the brief's issue exists (stored id, else look up the derived id,
 * else create it with that id), mirrors the state and posts the comment. Every
 * step is safe to repeat: a retry never creates a second issue or comment.
 */
export async function deliverLinear(t: LinearTarget, op: LinearOp, messageId: string): Promise<DeliveryResult> {
  const n = op.notice;
  if (op.op === "check") return checkTeam(t);
  if (!n.briefId) return { ok: false, error: "Linear messages need a brief", permanent: true };
  try {
    const issueId = t.knownIssueId ?? issueIdFor(t.channelId, n.briefId);
    const stateId = await stateIdFor(t, n.state);
    let found = t.knownIssueId ? { id: t.knownIssueId } : await findIssue(t, issueId);
    let created = false;
    if (!found) {
      const input: Record<string, unknown> = {
        id: issueId,
        teamId: t.teamId,
        title: n.briefTitle ?? `Brief ${n.briefId}`,
        description: description(n, t.publicUrl),
        ...(stateId ? { stateId } : {}),
      };
      const p = await gql(t, "mutation($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier url } } }", { input });
      const err = errorsOf(p);
      if (err && DUPLICATE.test(err)) found = await findIssue(t, issueId);
      else if (err) return { ok: false, error: `Linear: ${err}`, permanent: PERMANENT.test(err) };
      else {
        found = p.data?.issueCreate?.issue ?? { id: issueId };
        created = true;
      }
      if (!found) return { ok: false, error: "Linear: the issue could not be created or found", permanent: false };
    }
    if (stateId && !created) {
      const p = await gql(t, "mutation($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success } }", {
        id: found.id,
        input: { stateId },
      });
      const err = errorsOf(p);
      if (err) return { ok: false, error: `Linear: ${err}`, permanent: PERMANENT.test(err) };
    }
    if (op.op === "comment" && op.comment) {
      const p = await gql(t, "mutation($input: CommentCreateInput!) { commentCreate(input: $input) { success comment { id } } }", {
        input: { id: derivedUuid(`handoff-comment:${messageId}`), issueId: found.id, body: op.comment },
      });
      const err = errorsOf(p);
      if (err && !DUPLICATE.test(err)) return { ok: false, error: `Linear: ${err}`, permanent: PERMANENT.test(err) };
    }
    const info: Record<string, string> = { issueId: found.id };
    if ("identifier" in found && found.identifier) info.identifier = found.identifier;
    if ("url" in found && found.url) info.url = found.url;
    return { ok: true, status: 200, info };
  } catch (err) {
    if (err instanceof GraphQLFailure) return err.result;
    throw err;
  }
}

/** Verifies the API key and team id by reading the team's workflow states. */
async function checkTeam(t: LinearTarget): Promise<DeliveryResult> {
  try {
    const p = await gql(t, "query($teamId: String!) { team(id: $teamId) { id name states { nodes { id name } } } }", { teamId: t.teamId });
    const err = errorsOf(p);
    if (err) return { ok: false, error: `Linear: ${err}`, permanent: PERMANENT.test(err) };
    if (!p.data?.team) return { ok: false, error: `Linear: no team with id ${t.teamId}`, permanent: true };
    // Every state name the channel maps to must exist in the team, or issues would silently keep their state.
    const states = (p.data.team.states?.nodes ?? []) as { id: string; name: string }[];
    const names = linearStateNames(t.stateNames);
    const missing = [...new Set(Object.values(names))].filter((n) => !states.some((s) => sameName(s.name, n)));
    if (missing.length) {
      return {
        ok: false,
        error: `Linear: team ${String(p.data.team.name ?? t.teamId)} has no workflow state named ${missing.map((n) => `"${n}"`).join(", ")}; its states are ${states.map((s) => `"${s.name}"`).join(", ")}. Set the state names on the channel.`,
        permanent: true,
      };
    }
    return { ok: true, status: 200, info: { team: String(p.data.team.name ?? t.teamId) } };
  } catch (err) {
    if (err instanceof GraphQLFailure) return err.result;
    throw err;
  }
}
