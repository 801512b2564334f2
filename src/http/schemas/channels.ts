import { z } from "zod";
import { LINEAR_MAPPED_STATES } from "../../core/notice.js";

const KINDS = ["webhook", "slack", "linear", "email"] as const;

/** Event-type patterns: "*", "brief.*", "invitation.created"; separated by commas or spaces. */
const eventList = z
  .string()
  .trim()
  .max(1000, "Use at most 1000 characters of event types.")
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .refine((l) => l.every((e) => /^(\*|[a-z_]+(\.[a-z_]+)?(\.\*)?)$/.test(e)), "Write event types like brief.ready, brief.* or *, separated by commas.");

const stateName = z.string().trim().max(100, "Use at most 100 characters for a Linear state name.").optional();

/** Linear: the team's workflow state name for each brief state; empty means Linear's default name. */
const linearStateFields = {
  /** Brief ready to claim (default "Todo"). */
  state_ready: stateName,
  /** Claimed and being worked on (default "In Progress"). */
  state_in_progress: stateName,
  /** A deliverable waits for review (default "In Review"). */
  state_in_review: stateName,
  /** The reviewer asked for changes (default "In Progress"). */
  state_changes_requested: stateName,
  /** Accepted by the reviewer (default "Done"). */
  state_accepted: stateName,
  /** Shipped in a release (default "Done"). */
  state_shipped: stateName,
  /** Cancelled (default "Canceled"). */
  state_cancelled: stateName,
};

/** The form's state_* fields as a mapping of the names given (empty ones left out). */
export function stateNamesOf(v: Partial<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of LINEAR_MAPPED_STATES) {
    const given = v[`state_${s}`];
    const name = typeof given === "string" ? given.trim() : "";
    if (name) out[s] = name;
  }
  return out;
}

/** Renaming a Linear channel's state names (the form on its card). */
export const linearStatesForm = z.object(linearStateFields);

/** Adding a channel from the settings form; fields depend on the kind. */
export const createChannelForm = z
  .object({
    /** webhook | slack | linear | email */
    kind: z.enum(KINDS, { error: "Choose a kind: webhook, Slack, Linear or e-mail." }),
    /** A name people recognise, e.g. "#payments-eng". */
    name: z.string().trim().min(1, "Give the channel a name.").max(200, "Use at most 200 characters for the name."),
    /** Only one engagement's events; empty for the whole organisation. */
    engagementId: z.string().trim().max(64).optional().transform((v) => v || null),
    /** webhook: the receiver's URL. */
    url: z.string().trim().max(2000, "Use a URL of at most 2000 characters.").optional(),
    /** slack: the incoming-webhook URL (a secret). */
    slackUrl: z.string().trim().max(2000, "Use a URL of at most 2000 characters.").optional(),
    /** linear: a personal API key (a secret). */
    apiKey: z.string().trim().max(500).optional(),
    /** linear: the team whose issues mirror briefs. */
    teamId: z.string().trim().max(100).optional(),
    /** email: addresses, separated by commas. */
    recipients: z.string().trim().max(4000).optional(),
    /** Which events it hears; empty: the kind's default. */
    events: eventList.optional(),
    ...linearStateFields,
  })
  .superRefine((v, ctx) => {
    const need = (field: string, ok: boolean, message: string) => ok || ctx.addIssue({ code: "custom", path: [field], message });
    if (v.kind === "webhook") need("url", !!v.url && /^https?:\/\//.test(v.url), "Enter the receiver's URL, starting with https://.");
    if (v.kind === "slack") need("slackUrl", !!v.slackUrl && /^https:\/\/hooks\.slack\.com\/services\//.test(v.slackUrl) || (!!v.slackUrl && process.env.ALLOW_PRIVATE_WEBHOOKS === "1" && /^https?:\/\//.test(v.slackUrl)), "Paste the incoming-webhook URL Slack gave you (https://hooks.slack.com/services/…).");
    if (v.kind === "linear") {
      need("apiKey", !!v.apiKey && v.apiKey.length >= 10, "Paste a Linear API key (Settings → API → Personal API keys).");
      need("teamId", !!v.teamId, "Enter the id of the Linear team whose issues mirror briefs.");
    }
    if (v.kind === "email") {
      const list = (v.recipients ?? "").split(/[\s,;]+/).filter(Boolean);
      need("recipients", list.length > 0 && list.length <= 50 && list.every((a) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(a)), "Enter one to 50 e-mail addresses, separated by commas.");
    }
  });

export type CreateChannelForm = z.infer<typeof createChannelForm>;

/** Filters of the staff deliveries page. */
export const deliveriesQuery = z.object({
  /** pending | sending | sent | dead */
  state: z.enum(["pending", "sending", "sent", "dead"]).optional().catch(undefined),
  /** Only this channel's messages. */
  channel: z.string().max(64).optional(),
  /** Only this kind of message. */
  kind: z.enum(KINDS).optional().catch(undefined),
  /** Page, from 1. */
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
