import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { DeliveryResult } from "./types.js";
import { isPrivateAddress, privateTargetsAllowed } from "./private-address.js";

/** Every outgoing request gives up after 10 s, connect to last byte. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** Response bodies are read up to this size (error text for the deliveries page). */
const MAX_BODY = 64 * 1024;

export interface OutgoingRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs?: number;
  /**
   * The URL was typed by a user (webhook, Slack URL): refuse private addresses
   * unless ALLOW_PRIVATE_WEBHOOKS=1. Operator-configured endpoints pass false.
   */
  userUrl: boolean;
}

export interface OutgoingResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raised for network-level failures; `refused` marks a private address (permanent). */
export class OutgoingError extends Error {
  constructor(message: string, readonly refused = false) {
    super(message);
  }
}

/**
 * A DNS lookup that checks every address the name resolves to at connect time,
 * so a name cannot pass a check and then resolve elsewhere (DNS rebinding).
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
    if (err) return callback(err, "", 4);
    const list = addresses as unknown as LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || !list.length) {
      return callback(new OutgoingError(`${hostname} resolves to a private address (${bad?.address ?? "none"}): refused`, true), "", 4);
    }
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

/**
 * Kept-alive connections, one pool for guarded (user-typed) destinations and
 * one for the rest, so a socket opened without the address check is never
 * reused for a request that needs it.
 */
const agents = {
  guarded: { "http:": new http.Agent({ keepAlive: true, maxSockets: 16 }), "https:": new https.Agent({ keepAlive: true, maxSockets: 16 }) },
  open: { "http:": new http.Agent({ keepAlive: true, maxSockets: 16 }), "https:": new https.Agent({ keepAlive: true, maxSockets: 16 }) },
};

/**
 * The one way Handoff makes outgoing HTTP requests. User-configured URLs are
 * refused when they point to loopback, private, link-local or CGNAT addresses
 * (literal or via DNS); every request times out after 10 s.
 */
export function request(url: string, opts: OutgoingRequest): Promise<OutgoingResponse> {
  return new Promise((resolve, reject) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return reject(new OutgoingError(`not a URL: ${url}`, true));
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") return reject(new OutgoingError(`unsupported scheme ${u.protocol}`, true));
    const guard = opts.userUrl && !privateTargetsAllowed();
    const host = u.hostname.replace(/^\[|\]$/g, "");
    if (guard && isIP(host) && isPrivateAddress(host)) {
      return reject(new OutgoingError(`${host} is a private or local address: refused`, true));
    }
    const mod = u.protocol === "https:" ? https : http;
    const timeoutMs = opts.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const body = opts.body !== undefined ? Buffer.from(opts.body) : undefined;
    const req = mod.request(
      u,
      {
        method: opts.method ?? (body ? "POST" : "GET"),
        headers: { "user-agent": "Handoff", ...(body ? { "content-length": String(body.length) } : {}), ...opts.headers },
        ...(guard ? { lookup: guardedLookup } : {}),
        agent: agents[guard ? "guarded" : "open"][u.protocol as "http:" | "https:"],
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          if (size < MAX_BODY) chunks.push(c);
          size += c.length;
        });
        res.on("end", () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8").slice(0, MAX_BODY) });
        });
        res.on("aborted", () => fail(new OutgoingError("the connection closed in the middle of the response")));
        res.on("error", (e) => fail(new OutgoingError(`response failed: ${e.message}`)));
      },
    );
    let done = false;
    const fail = (e: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      reject(e instanceof OutgoingError ? e : new OutgoingError(describe(e)));
    };
    const timer = setTimeout(() => fail(new OutgoingError(`no complete answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    req.on("error", (e) => fail(e));
    req.end(body);
  });
}

function describe(e: Error & { code?: string }): string {
  if (e instanceof OutgoingError) return e.message;
  switch (e.code) {
    case "ECONNREFUSED":
      return "connection refused: the receiver is down";
    case "ECONNRESET":
      return "the receiver closed the connection";
    case "ENOTFOUND":
      return "the host name does not resolve";
    default:
      return e.message || String(e);
  }
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds. */
export function retryAfterMs(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

/**
 * Maps an HTTP answer to a delivery result: 2xx sent; 4xx other than
 * 408/409/429 permanent (with the body, so staff see why); 410 gone; 429 and
 * 503 carry Retry-After; everything else is retried.
 */
export function resultOf(res: OutgoingResponse): DeliveryResult {
  if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
  const text = `HTTP ${res.status}${res.body ? `: ${res.body.slice(0, 500)}` : ""}`;
  const permanent = res.status >= 400 && res.status < 500 && ![408, 409, 429].includes(res.status);
  return {
    ok: false,
    status: res.status,
    error: text,
    permanent,
    gone: res.status === 410,
    retryAfterMs: res.status === 429 || res.status === 503 ? retryAfterMs(res.headers["retry-after"]) : undefined,
  };
}

/** request() + resultOf(), with network failures as retryable results and refusals as permanent ones. */
export async function send(url: string, opts: OutgoingRequest): Promise<DeliveryResult> {
  try {
    return resultOf(await request(url, opts));
  } catch (err) {
    const e = err as OutgoingError;
    return { ok: false, error: e.message, permanent: e.refused === true };
  }
}
