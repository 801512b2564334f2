import { createHmac, randomBytes } from "node:crypto";
import { send } from "./http.js";
import type { DeliveryResult } from "./types.js";

/** A new Standard Webhooks secret: "whsec_" + base64 of 24 random bytes. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;

/** The HMAC key inside a "whsec_…" secret (base64 after the prefix). */
export function webhookKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
}

/**
 * Standard Webhooks 1.0 signature: "v1," + base64(HMAC-SHA256(key, "id.timestamp.body")),
 * timestamp in seconds since the epoch.
 */
export function signWebhook(secret: string, id: string, timestampSec: number, body: string): string {
  const mac = createHmac("sha256", webhookKey(secret)).update(`${id}.${timestampSec}.${body}`).digest("base64");
  return `v1,${mac}`;
}

/** The three Standard Webhooks headers for one attempt. */
export function webhookHeaders(secret: string, id: string, body: string, nowMs = Date.now()): Record<string, string> {
  const ts = Math.floor(nowMs / 1000);
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(ts),
    "webhook-signature": signWebhook(secret, id, ts, body),
  };
}

/**
 * Posts one webhook. The id stays the same on every retry (receivers drop
 * duplicates by it); the timestamp and signature are fresh on each attempt.
 */
export function deliverWebhook(url: string, secret: string, id: string, body: string): Promise<DeliveryResult> {
  return send(url, { method: "POST", headers: webhookHeaders(secret, id, body), body, userUrl: true });
}
