import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isPrivateAddress, urlRefusal } from "../core/addresses.js";

export { isPrivateAddress };

/** Private webhook targets are allowed only when ALLOW_PRIVATE_WEBHOOKS=1 (tests, local development). */
export const privateTargetsAllowed = (env: NodeJS.ProcessEnv = process.env): boolean => env.ALLOW_PRIVATE_WEBHOOKS === "1";

/**
 * Why a URL is refused, in words a person can act on; null when it may be used.
 * The text checks are core's urlRefusal; this adds what only a resolver can
 * tell: every address a host name resolves to must be public.
 */
export async function refusalFor(url: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const allowPrivate = privateTargetsAllowed(env);
  const byText = urlRefusal(url, allowPrivate);
  if (byText || allowPrivate) return byText;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((r) => r.address);
    } catch {
      return `The host name ${host} does not resolve: check the URL.`;
    }
  }
  if (!addresses.length || addresses.some(isPrivateAddress)) {
    return `${host} points to a private or local network address: use a public URL.`;
  }
  return null;
}
