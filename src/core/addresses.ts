/**
 * Address checks for user-configured URLs, pure so that forms can refuse a
 * literal private address at once; integrations/private-address.ts adds the
 * DNS lookup and the HTTP helper checks again at every connection.
 */
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/**
 * True for addresses a user-configured URL must never reach from our servers:
 * loopback, RFC 1918, link-local (cloud metadata at 169.254.169.254), CGNAT,
 * "this network", multicast/reserved, and their IPv6 forms (::1, fc00::/7,
 * fe80::/10, IPv4-mapped ::ffff:a.b.c.d).
 */
export function isPrivateAddress(address: string): boolean {
  if (IPV4.test(address)) return isPrivateV4(address);
  if (address.includes(":")) return isPrivateV6(address);
  return true; // not an address at all: refuse rather than guess
}

function isPrivateV4(a: string): boolean {
  const [x, y] = a.split(".").map(Number);
  return (
    x === 0 || // "this network"
    x === 10 ||
    x === 127 ||
    (x === 100 && y >= 64 && y <= 127) || // CGNAT 100.64/10
    (x === 169 && y === 254) ||
    (x === 172 && y >= 16 && y <= 31) ||
    (x === 192 && y === 168) ||
    (x === 192 && y === 0 && Number(a.split(".")[2]) === 0) || // IETF protocol assignments
    (x === 198 && (y === 18 || y === 19)) || // benchmarking
    x >= 224 // multicast, reserved, broadcast
  );
}

function isPrivateV6(a: string): boolean {
  const s = a.toLowerCase().replace(/^\[|\]$/g, "").split("%")[0];
  if (s === "::" || s === "::1") return true;
  const mapped = /^(?:0{0,4}:){0,5}ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(s) ?? /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (mapped) return isPrivateV4(mapped[1]);
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(s);
  if (hexMapped) {
    const hi = parseInt(hexMapped[1], 16);
    const lo = parseInt(hexMapped[2], 16);
    return isPrivateV4(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`);
  }
  const first = parseInt(s.split(":")[0] || "0", 16);
  return (
    (first & 0xfe00) === 0xfc00 || // fc00::/7 unique local
    (first & 0xffc0) === 0xfe80 || // fe80::/10 link-local
    (first & 0xff00) === 0xff00 || // multicast
    s.startsWith("64:ff9b:") // NAT64 can reach private IPv4
  );
}

/**
 * Why a URL typed into a form cannot be used, judging by its text alone
 * (scheme, credentials, a literal private address, localhost); null when it
 * may be saved. Host names are resolved and checked again when sending.
 */
export function urlRefusal(url: string, allowPrivate: boolean): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return "Enter a full URL starting with https://.";
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return "Use an http:// or https:// URL.";
  if (u.username || u.password) return "Leave the user name and password out of the URL.";
  if (allowPrivate) return null;
  const host = u.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const literal = IPV4.test(host) || host.includes(":");
  if (host === "localhost" || host.endsWith(".localhost") || (literal && isPrivateAddress(host))) {
    return `${host} points to a private or local network address: use a public URL.`;
  }
  return null;
}
