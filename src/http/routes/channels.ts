import type { FastifyInstance } from "fastify";
import { AppError } from "../../core/errors.js";
import { createChannel, removeChannel, replayChannel, sendTest, setEnabled } from "../../commands/channels.js";
import { listChannels, secretKeyOf, type Channel } from "../../models/channels.js";
import { countByState } from "../../models/outbox.js";
import { findOrg, type Org } from "../../models/orgs.js";
import { urlRefusal } from "../../core/addresses.js";
import { channelPolicy, orgChannelsPolicy } from "../../policies/channel.js";
import { channelResource, orgResource } from "../resources.js";
import { defineRoute, registerRoute, zodFields, type RouteContext } from "../route.js";
import { idParam } from "../schemas/common.js";
import { createChannelForm } from "../schemas/channels.js";
import { channelSettings } from "../views/outbox/channels.js";
import type { FieldErrors } from "../views/forms.js";
import { page } from "../views/page.js";

async function settingsPage(
  ctx: RouteContext<any, any, any>,
  org: Org,
  extra: { values?: Record<string, string>; errors?: FieldErrors; notice?: string; signingSecret?: string | null } = {},
) {
  const channels = await listChannels(ctx.db, org.id);
  const rows = await Promise.all(channels.map(async (channel) => ({ channel, counts: await countByState(ctx.db, channel.id) })));
  return page(
    ctx,
    { title: `Delivery: ${org.name}`, nav: "orgs" },
    channelSettings({ org, rows, csrf: ctx.csrfToken(), smtpConfigured: Boolean(ctx.services.config.smtpUrl), ...extra }),
  );
}

/** After an action on one channel, back to its organisation's settings with a note. */
async function backTo(ctx: RouteContext<any, any, any>, channel: Channel, notice: string) {
  const org = (await findOrg(ctx.db, channel.org_id))!;
  return settingsPage(ctx, org, { notice });
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
    handler: async (ctx) => {
      const org = ctx.authorize(orgChannelsPolicy, "manage-channels", ctx.record as Org);
      const values = { ...(ctx.body as Record<string, string>) };
      delete values._csrf;
      const redisplay = { ...values, apiKey: "", slackUrl: "" }; // secrets are never echoed back
      const parsed = createChannelForm.safeParse(values);
      if (!parsed.success) {
        ctx.reply.code(400);
        return settingsPage(ctx, org, { values: redisplay, errors: zodFields(parsed.error) });
      }
      const input = parsed.data;
      const urlField = input.kind === "webhook" ? "url" : input.kind === "slack" ? "slackUrl" : null;
      // Literal private addresses and localhost are refused here; names are resolved and checked at every send.
      const refusal = urlField ? urlRefusal(input[urlField]!, process.env.ALLOW_PRIVATE_WEBHOOKS === "1") : null;
      if (urlField && refusal) {
        ctx.reply.code(400);
        return settingsPage(ctx, org, { values: redisplay, errors: { [urlField]: refusal } });
      }
      try {
        const { channel, signingSecret } = await createChannel(ctx.db, ctx.requireActor(), org, input, secretKeyOf(ctx.services.config));
        return settingsPage(ctx, org, { notice: `Added ${channel.name}. Use "Send test" to check it.`, signingSecret });
      } catch (err) {
        if (err instanceof AppError && err.fields) {
          ctx.reply.code(400);
          return settingsPage(ctx, org, { values: redisplay, errors: err.fields });
        }
        throw err;
      }
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
