import nodemailer, { type Transporter } from "nodemailer";
import { escapeText } from "./escape.js";
import { linkOf, words, type EmailPayload } from "../core/notice.js";
import type { DeliveryResult } from "./types.js";

export type { EmailPayload };

export interface Email {
  subject: string;
  text: string;
  html: string;
}

/** Message-ID derived from the outbox message id: a resend carries the same one, so it can be dropped. */
export const messageIdFor = (id: string, publicUrl: string): string => {
  let host = "handoff.local";
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // keep the default
  }
  return `<${id}@${host}>`;
};

/** Writes the subject, text and HTML parts of one e-mail. */
export function renderEmail(p: EmailPayload, publicUrl: string): Email {
  const n = p.notice;
  const link = p.linkPath ? `${publicUrl}${p.linkPath}` : linkOf(n, publicUrl);
  let subject: string;
  let paras: string[];
  switch (p.template) {
    case "invitation":
      subject = "You are invited to Handoff";
      paras = [`${n.summary}.`, "Open this link to choose your name and password (it works once, for 7 days):"];
      break;
    case "reset":
      subject = "Reset your Handoff password";
      paras = ["Someone asked for a new password for your account.", "Open this link within 1 hour to choose one (it works once):"];
      break;
    case "digest":
      subject = `Handoff: ${p.lines?.length ?? 0} updates`;
      paras = ["What happened since the last digest:", ...(p.lines ?? [])];
      break;
    case "test":
      subject = "Test message from Handoff";
      paras = ["This is a test of the e-mail channel. If you can read it, e-mail works."];
      break;
    default:
      subject = n.briefTitle ? `${n.briefTitle}: ${words(n.action)}` : n.summary;
      paras = [n.summary, ...(n.state ? [`State: ${words(n.state)}`] : []), ...(n.dueAt ? [`Due: ${n.dueAt}`] : [])];
  }
  const text = `${paras.join("\n\n")}\n\n${link}\n`;
  const html = `<!doctype html><html><body>${paras.map((x) => `<p>${escapeText(x)}</p>`).join("")}<p><a href="${escapeText(link)}">${escapeText(link)}</a></p></body></html>`;
  return { subject, text, html };
}

const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let t = transports.get(smtpUrl);
  if (!t) {
    // Short timeouts: a hung SMTP server must not hold a worker's lease.
    t = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 10_000 } as never);
    transports.set(smtpUrl, t);
  }
  return t;
}

/** The From address: SMTP_FROM, else no-reply at the public host. */
export const fromAddress = (publicUrl: string, env = process.env): string => env.SMTP_FROM || `Handoff <no-reply@${new URL(publicUrl).hostname || "localhost"}>`;

/**
 * Sends one e-mail with text and HTML parts. 5xx SMTP replies are permanent
 * (bad mailbox), 4xx and connection failures are retried.
 */
export async function deliverEmail(smtpUrl: string, p: EmailPayload, id: string, publicUrl: string): Promise<DeliveryResult> {
  const mail = renderEmail(p, publicUrl);
  try {
    const info = await transportFor(smtpUrl).sendMail({
      from: fromAddress(publicUrl),
      to: p.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: messageIdFor(id, publicUrl),
      headers: { "X-Handoff-Message": id },
    });
    return { ok: true, status: 250, info: { response: String(info.response ?? "") } };
  } catch (err) {
    const e = err as Error & { responseCode?: number; code?: string };
    const code = e.responseCode;
    return { ok: false, status: code, error: `SMTP: ${e.message}`, permanent: code !== undefined && code >= 500 && code < 600 };
  }
}

/** Closes pooled SMTP connections (worker shutdown). */
export function closeMailers(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}
