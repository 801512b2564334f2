import { insertChannel } from "../models/channels.js";
import { enqueue } from "../models/outbox.js";
import type { Db } from "../storage/database.js";

/**
 * Demo delivery settings: Sakura Payments has a webhook channel, turned off
 * until someone points it at a real receiver, and one delivered message so the
 * deliveries page is not empty. Nothing is sent on a fresh start.
 */
export async function seedDemoChannels(db: Db): Promise<void> {
  const org = await db.selectFrom("orgs").select("id").where("slug", "=", "sakura-payments").executeTakeFirst();
  if (!org || (await db.selectFrom("channels").select("id").where("org_id", "=", org.id).executeTakeFirst())) return;
  await db.transaction().execute(async (tx) => {
    const channel = await insertChannel(tx, {
      orgId: org.id,
      engagementId: null,
      kind: "webhook",
      name: "Sakura CI hook (demo)",
      config: { url: "https://hooks.sakura-payments.example/handoff" },
      secretEnc: null,
      events: ["brief.*"],
      createdBy: null,
    });
    await tx.updateTable("channels").set({ enabled: 0, disabled_reason: "Demo channel: set a real receiver URL, then turn it on." }).where("id", "=", channel.id).execute();
    const [m] = await enqueue(tx, [
      { orgId: org.id, eventId: null, channelId: channel.id, kind: "webhook", destination: `webhook:${channel.id}`, briefId: null, payload: { body: JSON.stringify({ type: "channel.test", data: { demo: true } }) } },
    ]);
    await tx.updateTable("outbox").set({ state: "sent", attempts: 1, last_status: 204, sent_at: m.created_at }).where("id", "=", m.id).execute();
  });
}
