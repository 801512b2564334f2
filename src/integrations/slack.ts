import { send } from "./http.js";
import { linkOf, words, type Notice } from "../core/notice.js";
import type { DeliveryResult } from "./types.js";

/** Slack's limit for incoming webhooks: one message per second per webhook. */
export const SLACK_INTERVAL_MS = 1000;

/** Slack mrkdwn needs &, < and > escaped in text we did not write. */
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A Block Kit message: brief title, what happened, who, when it is due, and a
 * link back. The first block's id carries the message id so a receiver can
 * drop a resend.
 */
export function slackMessage(n: Notice, messageId: string, publicUrl: string): Record<string, unknown> {
  const link = linkOf(n, publicUrl);
  const title = n.briefTitle ?? (n.test ? "Test message from Handoff" : words(n.action));
  const facts = [
    n.actorName ? `*Who:* ${esc(n.actorName)}` : null,
    n.state ? `*State:* ${esc(words(n.state))}` : null,
    n.dueAt ? `*Due:* <!date^${Math.floor(Date.parse(n.dueAt) / 1000)}^{date_short_pretty} {time}|${n.dueAt}>` : null,
  ].filter(Boolean) as string[];
  return {
    text: `${title}: ${n.summary}`,
    blocks: [
      { type: "header", block_id: messageId.slice(0, 255), text: { type: "plain_text", text: title.slice(0, 150), emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: esc(n.summary) } },
      ...(facts.length ? [{ type: "context", elements: facts.map((f) => ({ type: "mrkdwn", text: f })) }] : []),
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: n.briefId ? "Open the brief" : "Open Handoff" }, url: link }],
      },
    ],
  };
}

/** Posts to a Slack incoming webhook URL (a secret the user pasted). */
export function deliverSlack(url: string, n: Notice, messageId: string, publicUrl: string): Promise<DeliveryResult> {
  const body = JSON.stringify(slackMessage(n, messageId, publicUrl));
  return send(url, { method: "POST", headers: { "content-type": "application/json" }, body, userUrl: true });
}
