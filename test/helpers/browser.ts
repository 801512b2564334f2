import type { FastifyInstance, LightMyRequestResponse } from "fastify";

/**
 * A cookie-keeping client over app.inject(): it behaves like a browser that
 * loads a page, reads the CSRF token from the form and posts it back.
 */
export class InjectBrowser {
  readonly cookies = new Map<string, string>();
  csrf = "";

  constructor(readonly app: FastifyInstance, readonly ip = "127.0.0.1") {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1];
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: "GET", url, headers: { cookie: this.cookieHeader(), ...headers }, remoteAddress: this.ip });
    this.remember(res);
    return res;
  }

  /** Posts a form with the CSRF token from the last page, unless withCsrf is false. */
  async post(url: string, form: Record<string, string>, opts: { withCsrf?: boolean } = {}): Promise<LightMyRequestResponse> {
    const payload = new URLSearchParams({ ...(opts.withCsrf === false ? {} : { _csrf: this.csrf }), ...form }).toString();
    const res = await this.app.inject({
      method: "POST",
      url,
      payload,
      headers: { cookie: this.cookieHeader(), "content-type": "application/x-www-form-urlencoded" },
      remoteAddress: this.ip,
    });
    this.remember(res);
    return res;
  }

  /** JSON call with the session cookie and the CSRF header, as the app's own scripts do. */
  async api(method: string, url: string, body?: unknown, opts: { withCsrf?: boolean } = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: method as "GET",
      url,
      ...(body !== undefined ? { payload: body as object } : {}),
      headers: { cookie: this.cookieHeader(), ...(opts.withCsrf === false ? {} : { "x-csrf-token": this.csrf }) },
      remoteAddress: this.ip,
    });
    this.remember(res);
    return res;
  }

  async login(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get("/login");
    return this.post("/login", { email, password });
  }
}

/** Signs in a demo person and returns a browser holding their session. */
export async function signedIn(app: FastifyInstance, email: string, password = "handoff-demo-2026"): Promise<InjectBrowser> {
  const b = new InjectBrowser(app);
  const res = await b.login(email, password);
  if (res.statusCode !== 303) throw new Error(`login as ${email} failed: ${res.statusCode}`);
  return b;
}
