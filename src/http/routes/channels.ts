import type { FastifyInstance } from "fastify";
import { AppError } from "../../core/errors.js";
import { createChannel, removeChannel, replayChannel, sendTest, setEnabled, setLinearStateNames } from "../../commands/channels.js";
import { listChannels, listEngagementChannels, secretKeyOf, type Channel } from "../../models/channels.js";
import { findEngagement, listOrgEngagements, type Engagement, type EngagementRecord } from "../../models/engagements.js";
import { countByState } from "../../models/outbox.js";
import { findOrg, type Org } from "../../models/orgs.js";
import { urlRefusal } from "../../core/addresses.js";
import { channelPolicy, engagementChannelsPolicy, orgChannelsPolicy } from "../../policies/channel.js";
import { channelResource, engagementResource, orgResource } from "../resources.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { idParam } from "../schemas/common.js";
import { createChannelForm, linearStatesForm, stateNamesOf } from "../schemas/channels.js";
import { channelSettings } from "../views/outbox/channels.js";
import type { FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";

/**
 * The delivery settings page: an organisation's channels, or (with
 * `engagement`) the channels scoped to one engagement of it plus a read-only
 * list of the organisation-wide channels that hear it too.
 */
async function settingsPage(
  ctx: RouteContext<any, any, any>,
  org: Org,
  extra: { values?: Record<string, string>; errors?: FieldErrors; notice?: string; signingSecret?: string | null; engagement?: Engagement } = {},
) {
  const { engagement, ...rest } = extra;
  const channels = engagement ? await listEngagementChannels(ctx.db, engagement.id) : await listChannels(ctx.db, org.id);
  const rows = await Promise.all(channels.map(async (channel) => ({ channel, counts: await countByState(ctx.db, channel.id) })));
  const engagements = (await listOrgEngagements(ctx.db, org.id)).map((e) => ({ id: e.id, title: e.title, state: e.state }));
  const orgWide = engagement ? (await listChannels(ctx.db, org.id)).filter((c) => c.engagement_id === null) : undefined;
  return page(
    ctx,
    { title: `Delivery: ${engagement?.title ?? org.name}`, nav: engagement ? "engagements" : ctx.actor?.role === "staff" ? "orgs" : "delivery" },
    channelSettings({
      org,
      rows,
      csrf: ctx.csrfToken(),
      smtpConfigured: Boolean(ctx.services.config.smtpUrl),
      engagements,
      engagement: engagement ? { id: engagement.id, title: engagement.title, state: engagement.state } : undefined,
      orgWide,
      staffView: ctx.actor?.role === "staff",
      ...rest,
    }),
  );
}

/** After an action on one channel, back to the settings page it was shown on, with a note. */
async function backTo(ctx: RouteContext<any, any, any>, channel: Channel, notice: string) {
  const org = (await findOrg(ctx.db, channel.org_id))!;
  const fromEngagement = (ctx.body as Record<string, unknown> | undefined)?.back === "engagement" && channel.engagement_id;
  const engagement = fromEngagement ? await findEngagement(ctx.db, channel.engagement_id!) : undefined;
  return settingsPage(ctx, org, { notice, engagement });
}

/**
 * Adds a channel from a settings form (an organisation's, or one
 * engagement's with the scope fixed): parse, refuse private URLs, create, and
 * re-render with field errors or the one-time signing secret.
 */
async function addFromForm(ctx: RouteContext<any, any, any>, org: Org, engagement?: Engagement) {
  const values = { ...(ctx.body as Record<string, string>) };
  delete values._csrf;
  if (engagement) values.engagementId = engagement.id; // the engagement page's scope is the page's, whatever was posted
  const redisplay = { ...values, apiKey: "", slackUrl: "" }; // secrets are never echoed back
  const parsed = createChannelForm.safeParse(values);
  if (!parsed.success) {
    ctx.reply.code(400);
    return settingsPage(ctx, org, { values: redisplay, errors: zodFields(parsed.error), engagement });
  }
  const input = parsed.data;
  const urlField = input.kind === "webhook" ? "url" : input.kind === "slack" ? "slackUrl" : null;
  // Literal private addresses and localhost are refused here; names are resolved and checked at every send.
  const refusal = urlField ? urlRefusal(input[urlField]!, process.env.ALLOW_PRIVATE_WEBHOOKS === "1") : null;
  if (urlField && refusal) {
    ctx.reply.code(400);
    return settingsPage(ctx, org, { values: redisplay, errors: { [urlField]: refusal }, engagement });
  }
  try {
    const { channel, signingSecret } = await createChannel(ctx.db, ctx.requireActor(), org, { ...input, stateNames: stateNamesOf(input) }, secretKeyOf(ctx.services.config));
    return settingsPage(ctx, org, { notice: `Added ${channel.name}. Use "Send test" to check it.`, signingSecret, engagement });
  } catch (err) {
    if (err instanceof AppError && err.fields) {
      ctx.reply.code(400);
      return settingsPage(ctx, org, { values: redisplay, errors: err.fields, engagement });
    }
    throw err;
  }
}

/** A POST on one channel: load (chain), authorize, run, re-render with a note. */
const channelAction = (path: string, summary: string, run: (ctx: RouteContext<any, any, any>, c: Channel) => Promise<string>) =>
  defineRoute({
    method: "POST",
    url: `/channels/:id/${path}`,
    kind: "page",
    access: "user",
    summary,
    tags: ["delivery"],
    params: idParam,
    resource: channelResource,
    handler: async (ctx) => {
      const c = ctx.authorize(channelPolicy, "manage", ctx.record as Channel);
      return backTo(ctx, c, await run(ctx, c));
    },
  });

const routes = [
  defineRoute({
    method: "GET",
    url: "/orgs/:id/channels",
    kind: "page",
    access: "user",
    summary: "Delivery settings of an organisation (Slack, Linear, e-mail, webhooks)",
    tags: ["delivery"],
    params: idParam,
    resource: orgResource,
    handler: (ctx) => settingsPage(ctx, ctx.authorize(orgChannelsPolicy, "manage-channels", ctx.record as Org)),
  }),
  defineRoute({
    method: "POST",
    url: "/orgs/:id/channels",
    kind: "page",
    access: "user",
    summary: "Add a delivery channel",
    tags: ["delivery"],
    params: idParam,
    resource: orgResource,
    bodyLimit: 64 * 1024,
    handler: (ctx) => addFromForm(ctx, ctx.authorize(orgChannelsPolicy, "manage-channels", ctx.record as Org)),
  }),
  defineRoute({
    method: "GET",
    url: "/engagements/:id/channels",
    kind: "page",
    access: "user",
    summary: "Delivery settings of one engagement (channels that hear only it)",
    tags: ["delivery"],
    params: idParam,
    resource: engagementResource,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementChannelsPolicy, "manage-channels", ctx.record as EngagementRecord);
      return settingsPage(ctx, (await findOrg(ctx.db, e.org_id))!, { engagement: e });
    },
  }),
  defineRoute({
    method: "POST",
    url: "/engagements/:id/channels",
    kind: "page",
    access: "user",
    summary: "Add a delivery channel scoped to one engagement",
    tags: ["delivery"],
    params: idParam,
    resource: engagementResource,
    bodyLimit: 64 * 1024,
    handler: async (ctx) => {
      const e = ctx.authorize(engagementChannelsPolicy, "manage-channels", ctx.record as EngagementRecord);
      return addFromForm(ctx, (await findOrg(ctx.db, e.org_id))!, e);
    },
  }),
  defineRoute({
    method: "POST",
    url: "/channels/:id/linear-states",
    kind: "page",
    access: "user",
    summary: "Rename the Linear workflow states a Linear channel moves issues to",
    tags: ["delivery"],
    params: idParam,
    resource: channelResource,
    handler: async (ctx) => {
      const c = ctx.authorize(channelPolicy, "manage", ctx.record as Channel);
      const parsed = linearStatesForm.safeParse(ctx.body ?? {});
      if (!parsed.success) {
        ctx.reply.code(400);
        const org = (await findOrg(ctx.db, c.org_id))!;
        return settingsPage(ctx, org, { errors: zodFields(parsed.error), engagement: (ctx.body as Record<string, unknown>)?.back === "engagement" && c.engagement_id ? await findEngagement(ctx.db, c.engagement_id) : undefined });
      }
      try {
        await setLinearStateNames(ctx.db, ctx.requireActor(), c, stateNamesOf(parsed.data));
      } catch (err) {
        if (err instanceof AppError && err.fields) {
          ctx.reply.code(400);
          return settingsPage(ctx, (await findOrg(ctx.db, c.org_id))!, { errors: err.fields });
        }
        throw err;
      }
      return backTo(ctx, c, `The Linear state names of ${c.name} are saved; "Send test" checks them against the team.`);
    },
  }),
  channelAction("test", "Send a test message through the outbox", async (ctx, c) => {
    const n = await sendTest(ctx.db, ctx.requireActor(), c, ctx.now);
    return n ? `A test message to ${c.name} is queued; its result shows here and on the deliveries page.` : `${c.name} has no recipient to test.`;
  }),
  channelAction("enable", "Turn a channel on", async (ctx, c) => {
    await setEnabled(ctx.db, ctx.requireActor(), c, true);
    return `${c.name} is on.`;
  }),
  channelAction("disable", "Turn a channel off", async (ctx, c) => {
    await setEnabled(ctx.db, ctx.requireActor(), c, false);
    return `${c.name} is off: it gets no new messages.`;
  }),
  channelAction("replay", "Replay a channel's dead-lettered messages", async (ctx, c) => {
    const n = await replayChannel(ctx.db, ctx.requireActor(), c, ctx.now);
    return `${n} dead-lettered message${n === 1 ? "" : "s"} of ${c.name} queued again.`;
  }),
  channelAction("delete", "Remove a channel", async (ctx, c) => {
    await removeChannel(ctx.db, ctx.requireActor(), c);
    return `${c.name} was removed.`;
  }),
];

export function registerChannelRoutes(app: FastifyInstance): void {
  for (const r of routes) registerRoute(app, r);
}
