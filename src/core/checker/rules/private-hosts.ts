/**
 * Which hosts a contractor cannot reach: internal suffixes and labels, private
 * address ranges, collaboration tools that need a company login, and hosts the
 * configuration names. private-link reports them; other rules ask whether a
 * link documents something publicly.
 */
import { isKnownWord } from "./names.js";

const INTERNAL_WORD = /internal|intranet|corp|private/i;

/** Top-level labels that only resolve inside a company network. */
const INTERNAL_TLDS = new Set(["internal", "local", "corp", "lan", "intranet", "intra", "private", "localdomain", "localhost"]);

/** Registrable domains of tools whose pages need a company login, with the subdomains that count ("" = any). */
const COLLABORATION: ReadonlyMap<string, readonly string[]> = new Map([
  ["slack.com", [""]], ["atlassian.net", [""]], ["notion.so", [""]], ["sharepoint.com", [""]], ["1drv.ms", [""]],
  ["dropbox.com", [""]], ["figma.com", [""]], ["miro.com", [""]], ["loom.com", [""]], ["linear.app", [""]],
  ["trello.com", [""]], ["airtable.com", [""]], ["quip.com", [""]], ["lucid.app", [""]], ["basecamp.com", [""]],
  ["jira.com", [""]], ["google.com", ["docs", "drive", "sheets", "slides"]], ["live.com", ["onedrive"]],
  ["asana.com", ["app"]], ["clickup.com", ["app"]], ["microsoft.com", ["teams"]], ["box.com", ["app"]],
  ["backlog.jp", [""]], ["backlog.com", [""]], ["monday.com", [""]], ["smartsheet.com", ["app"]], ["wrike.com", ["www"]],
  ["zendesk.com", [""]], ["freshdesk.com", [""]], ["service-now.com", [""]], ["force.com", [""]], ["kintone.com", [""]],
  ["cybozu.com", [""]], ["larksuite.com", [""]], ["feishu.cn", [""]], ["youtrack.cloud", [""]], ["myjetbrains.com", [""]],
  // A workspace's pages published on notion.site, a group's invite link, a CRM's or BI tool's app pages: writers
  // labelled every one of 13 as out of the contractor's reach.
  ["notion.site", [""]], ["whatsapp.com", ["chat"]], ["hubspot.com", ["app"]], ["powerbi.com", ["app"]],
]);

/** First labels of a vendor's public documentation and API hosts ("developer.zendesk.com"). */
const DOCUMENTATION_LABELS = new Set(["developer", "developers", "docs", "api", "status", "support", "help", "dev", "hooks"]);

/** First labels of internal tool hosts on a company domain (grafana.acme.com). */
const INTERNAL_LABELS = new Set(["confluence", "jira", "intranet", "grafana", "kibana", "jenkins", "internal", "corp", "vpn", "metabase", "redash", "airflow", "argocd", "vault"]);

function ipv4(host: string): number[] | null {
  const parts = host.split(".");
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (p.length === 0 || p.length > 3) return null;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 48 || c > 57) return null;
    }
    const v = Number(p);
    if (v > 255) return null;
    out.push(v);
  }
  return out;
}

/**
 * Cheap first look at a host-like word: can it be private at all? Rejects
 * identifiers such as "orders.created" without allocating.
 */
function mayBePrivate(host: string, extra: readonly string[]): boolean {
  if (extra.length) return true;
  const c0 = host.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return true; // an IP address
  const lastDot = host.lastIndexOf(".");
  const tld = host.slice(lastDot + 1).toLowerCase();
  if (INTERNAL_TLDS.has(tld) || tld === "arpa") return true;
  if (INTERNAL_WORD.test(host)) return true;
  if (lastDot > 0) {
    const prevDot = host.lastIndexOf(".", lastDot - 1);
    if (COLLABORATION.has(host.slice(prevDot + 1).toLowerCase())) return true;
    const firstDot = host.indexOf(".");
    if (firstDot !== lastDot && INTERNAL_LABELS.has(host.slice(0, firstDot).toLowerCase())) return true;
  }
  return false;
}

/** True when a host cannot be reached from outside the company. */
export function isPrivateHost(hostIn: string, extra: readonly string[] = []): boolean {
  // "internal.terminationDate", "extendedProperties.private.call_id": a field path, not a host
  // (host names have no underscores and are not written in camel case).
  if (hostIn.indexOf("_") >= 0 || /[a-z][A-Z]/.test(hostIn)) return false;
  const host = hostIn.toLowerCase().replace(/\.$/, "");
  if (!host) return false;
  if (host === "localhost" || host === "0.0.0.0") return true;
  const c0 = host.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) {
    const ip = ipv4(host);
    if (ip) {
      const [a, b] = ip;
      return a === 10 || a === 127 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
    }
  }
  if (c0 === 91 || host.indexOf(":") >= 0) {
    const h = host.replace(/^\[|\]$/g, "");
    return h === "::1" || /^f[cd][0-9a-f]{2}:/.test(h) || h.startsWith("fe80:");
  }
  const labels = host.split(".");
  const n = labels.length;
  if (INTERNAL_TLDS.has(labels[n - 1]) || (n >= 2 && labels[n - 1] === "arpa" && labels[n - 2] === "home")) return true;
  if (n >= 2) {
    const subs = COLLABORATION.get(labels[n - 2] + "." + labels[n - 1]);
    // Any subdomain of a workspace domain is private, except the vendor's documentation ("developer.zendesk.com");
    // a domain with named private subdomains ("docs.google.com") lists them.
    if (subs && (subs[0] === "" ? !(n >= 3 && DOCUMENTATION_LABELS.has(labels[0])) : n >= 3 && subs.includes(labels[n - 3]))) return true;
  }
  // "prod.example-corp.ca": a domain the writer names as an example (after RFC 2606's example.com).
  for (let i = 0; i < n - 1; i++) if (labels[i].startsWith("example")) return false;
  // "wiki.acme-internal.net", "docs.corp-intranet.com": a label that says it is internal.
  for (let i = 0; i < n - 1; i++) if (/(?:^|-)(?:internal|intranet|corp|private)(?:-|$)/.test(labels[i])) return true;
  // grafana.acme.com is a company's own Grafana; vault.hashicorp.com is the vendor's public site.
  if (n >= 3 && INTERNAL_LABELS.has(labels[0]) && !isKnownWord(labels[n - 2])) return true;
  for (const pattern of extra) {
    const p = pattern.toLowerCase();
    if (p.startsWith("*.") ? host.endsWith(p.slice(1)) || host === p.slice(2) : host === p) return true;
  }
  return false;
}

export const NO_HOSTS: readonly string[] = [];

/**
 * Quick test for code text that could name a private host: localhost, an
 * internal suffix, an IPv4 address, a collaboration domain or an internal tool
 * label. Bounded quantifiers only, so it stays linear.
 */
export const MAY_HOLD_PRIVATE_HOST =
  /localhost|\.(?:internal|local|corp|lan|intranet|intra|private|localdomain|arpa)\b|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|(?:slack|atlassian|notion|google|sharepoint|1drv|live|dropbox|figma|miro|loom|linear|trello|airtable|quip|asana|clickup|lucid|basecamp|jira|microsoft|box|backlog|monday|smartsheet|wrike|zendesk|freshdesk|service-now|force|kintone|cybozu|larksuite|feishu|youtrack|myjetbrains|whatsapp|hubspot|powerbi)\.(?:com|net|so|ms|app|jp|cn|cloud|site)\b|\b(?:confluence|jira|intranet|grafana|kibana|jenkins|internal|corp|vpn|metabase|redash|airflow|argocd|vault)\./i;

/** Host of a URL-ish string ("https://user@host:port/path", "host:port/path"). */
export function hostOf(url: string): string {
  let s = url;
  const scheme = s.indexOf("://");
  if (scheme >= 0) s = s.slice(scheme + 3);
  else if (/^mailto:/i.test(s)) return "";
  const at = s.indexOf("@");
  const slash = s.search(/[/?#]/);
  if (at >= 0 && (slash < 0 || at < slash)) s = s.slice(at + 1);
  if (s.startsWith("[")) return s.slice(0, s.indexOf("]") + 1);
  let end = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "/" || c === "?" || c === "#" || c === ":") {
      end = i;
      break;
    }
  }
  return s.slice(0, end);
}

export const isAlnum = (d: number): boolean => (d >= 48 && d <= 57) || (d >= 97 && d <= 122) || (d >= 65 && d <= 90);
const hostChar = (d: number): boolean => isAlnum(d) || d === 45 || d === 95 || d === 46;

/**
 * Finds host-like runs in free text (code or prose): words with dots such as
 * "10.20.1.15:6379" or "grafana.acme.internal/d/1", plus "localhost".
 */
export function scanHosts(text: string, extra: readonly string[]): { s: number; e: number } | null {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c) || (i > 0 && hostChar(text.charCodeAt(i - 1)))) continue;
    let j = i;
    let dots = 0;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isAlnum(d) || d === 45) j++;
      else if (d === 46 && j + 1 < n && isAlnum(text.charCodeAt(j + 1))) {
        dots++;
        j++;
      } else break;
    }
    // "/v1/billing/runs/{run_id}/internal.csv": after a single "/" the word is a path segment, not a host.
    const pathSegment = i > 0 && text.charCodeAt(i - 1) === 47 && !(i > 1 && text.charCodeAt(i - 2) === 47);
    if (!pathSegment && (dots > 0 || (j - i === 9 && text.slice(i, j).toLowerCase() === "localhost"))) {
      const word = text.slice(i, j);
      if (mayBePrivate(word, extra) && isPrivateHost(word, extra)) {
        // Include a port or path right after the host in the excerpt.
        let e = j;
        while (e < n) {
          const d = text.charCodeAt(e);
          if (d <= 32 || d === 34 || d === 39 || d === 96 || d === 41 || d === 93 || d === 62 || d === 44) break;
          e++;
        }
        return { s: i, e };
      }
    }
    i = j;
  }
  return null;
}

/** Whether `word` (lower case) stands as a whole word in `text` (lower case). */
export function namesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    const after = at + word.length < text.length ? text.charCodeAt(at + word.length) : 32;
    if (!isAlnum(before) && !isAlnum(after)) return true;
  }
  return false;
}

/** Second-level labels under which a country registers domains ("co.jp", "com.au", "gov.uk"). */
const REGISTRY_LABELS = new Set(["co", "com", "or", "ne", "go", "ac", "gov", "org", "net", "edu"]);
const LINK_HOST = /\bhttps?:\/\/([A-Za-z0-9.-]+)/g;

/**
 * The names of public sites the brief links to ("https://www.crossref.org/documentation/…" → "crossref"): an
 * organisation with its own public website, whose schema or messages ("Crossref's schema") a contractor can read.
 * Hosts the contractor cannot open (intranets, workspaces, private addresses) name nothing public.
 */
export function publicSiteNames(text: string, extra: readonly string[] = []): string[] {
  const names: string[] = [];
  if (text.indexOf("://") < 0) return names;
  LINK_HOST.lastIndex = 0;
  for (let m = LINK_HOST.exec(text); m !== null; m = LINK_HOST.exec(text)) {
    const host = m[1].toLowerCase().replace(/\.$/, "");
    if (isPrivateHost(host, extra)) continue;
    const labels = host.split(".");
    const n = labels.length;
    if (n < 2) continue;
    const registry = n >= 3 && labels[n - 1].length === 2 && REGISTRY_LABELS.has(labels[n - 2]);
    const name = labels[registry ? n - 3 : n - 2];
    if (name.length >= 3 && /[a-z]/.test(name)) names.push(name);
  }
  return names;
}
