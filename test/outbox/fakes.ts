/**
 * Real local servers that play our receivers: a webhook endpoint, a Slack
 * incoming webhook, Linear's GraphQL API and an SMTP server. Each records what
 * arrived (with the idempotency id the receiver would deduplicate on) and can
 * misbehave on purpose: answer 500/429/503/410, answer after 12 s, cut the
 * connection mid-response, or be down altogether.
 */
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { SMTPServer } from "smtp-server";

export type Fault = "ok" | "500" | "429" | "503" | "410" | "400" | "slow" | "cut";

export interface Arrival {
  id: string;
  body: string;
  headers: http.IncomingHttpHeaders;
  at: number;
}

/** A fault plan: which fault the n-th request (0-based) gets. */
export type FaultPlan = (n: number) => Fault;

/** Random faults at the given rates, deterministic per seed. */
export function randomFaults(rates: Partial<Record<Fault, number>>, seed = 1): FaultPlan {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff), s / 0x7fffffff);
  return () => {
    let r = rnd();
    for (const [f, p] of Object.entries(rates) as [Fault, number][]) {
      if (r < p) return f;
      r -= p;
    }
    return "ok";
  };
}

abstract class FakeServer {
  port = 0;
  protected server: http.Server | null = null;
  private sockets = new Set<Socket>();
  requests = 0;
  plan: FaultPlan = () => "ok";
  slowMs = 12_000;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => void this.respond(req, res, Buffer.concat(chunks).toString("utf8")));
    });
    this.server.on("connection", (s) => {
      this.sockets.add(s);
      s.on("close", () => this.sockets.delete(s));
    });
    // A killed worker resets its connection mid-request: drop the socket, as a real receiver would.
    this.server.on("clientError", (_err, socket) => socket.destroy());
    await new Promise<void>((r) => this.server!.listen(this.port, "127.0.0.1", r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Goes down: the port refuses connections until up(). */
  async down(): Promise<void> {
    const s = this.server;
    this.server = null;
    for (const sock of this.sockets) sock.destroy();
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }

  async up(): Promise<void> {
    if (!this.server) await this.start();
  }

  async stop(): Promise<void> {
    await this.down();
  }

  private async respond(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> {
    const fault = this.plan(this.requests++);
    switch (fault) {
      case "500":
      case "503":
      case "400":
        res.writeHead(Number(fault), { "content-type": "text/plain" }).end(`fault ${fault}`);
        return;
      case "429":
        res.writeHead(429, { "retry-after": "1", "content-type": "text/plain" }).end("slow down");
        return;
      case "410":
        res.writeHead(410, { "content-type": "text/plain" }).end("this endpoint is gone");
        return;
      case "slow":
        // It does the work, then answers too late: the sender times out and resends.
        this.handle(req, body, res, true);
        setTimeout(() => {
          if (!res.destroyed) res.writeHead(200).end("ok");
        }, this.slowMs);
        return;
      case "cut":
        // It does the work, then the connection drops mid-response.
        this.handle(req, body, res, true);
        res.writeHead(200, { "content-length": "100" });
        res.write("partial");
        setTimeout(() => res.socket?.destroy(), 5);
        return;
      default:
        this.handle(req, body, res, false);
    }
  }

  /** Records the request; answers it unless `silent`. */
  protected abstract handle(req: http.IncomingMessage, body: string, res: http.ServerResponse, silent: boolean): void;
}

/** A webhook receiver: the id is the `webhook-id` header. */
export class FakeWebhook extends FakeServer {
  arrivals: Arrival[] = [];
  protected handle(req: http.IncomingMessage, body: string, res: http.ServerResponse, silent: boolean): void {
    this.arrivals.push({ id: String(req.headers["webhook-id"]), body, headers: req.headers, at: Date.now() });
    if (!silent) res.writeHead(204).end();
  }
}

/** A Slack incoming webhook: the id is the first block's block_id; answers "ok" like Slack. */
export class FakeSlack extends FakeServer {
  arrivals: Arrival[] = [];
  protected handle(req: http.IncomingMessage, body: string, res: http.ServerResponse, silent: boolean): void {
    const msg = JSON.parse(body) as { blocks: { block_id?: string }[] };
    this.arrivals.push({ id: String(msg.blocks?.[0]?.block_id), body, headers: req.headers, at: Date.now() });
    if (!silent) res.writeHead(200, { "content-type": "text/plain" }).end("ok");
  }
}

interface FakeIssue {
  id: string;
  identifier: string;
  teamId: string;
  title: string;
  stateId: string | null;
}

/** Linear's GraphQL API, enough of it: team states, issue lookup/create/update, comments. */
export class FakeLinear extends FakeServer {
  apiKey = "lin_api_test";
  teamId = "team-1";
  states = [
    { id: "st-todo", name: "Todo" },
    { id: "st-progress", name: "In Progress" },
    { id: "st-review", name: "In Review" },
    { id: "st-done", name: "Done" },
    { id: "st-cancel", name: "Canceled" },
  ];
  issues = new Map<string, FakeIssue>();
  /** issueCreate calls that made an issue (a second one for a brief would be a bug). */
  creates = 0;
  comments = new Map<string, { id: string; issueId: string; body: string }>();
  commentCalls = 0;

  protected handle(req: http.IncomingMessage, body: string, res: http.ServerResponse, silent: boolean): void {
    const reply = (status: number, payload: unknown) => {
      if (!silent) res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    };
    if (req.headers.authorization !== this.apiKey) return reply(400, { errors: [{ message: "Authentication required, not authenticated" }] });
    const { query, variables } = JSON.parse(body) as { query: string; variables: any };
    if (query.includes("issueCreate")) {
      const input = variables.input;
      if (this.issues.has(input.id)) return reply(200, { data: { issueCreate: null }, errors: [{ message: "Entity already exists" }] });
      const issue: FakeIssue = { id: input.id, identifier: `ENG-${this.issues.size + 1}`, teamId: input.teamId, title: input.title, stateId: input.stateId ?? null };
      this.issues.set(issue.id, issue);
      this.creates++;
      return reply(200, { data: { issueCreate: { success: true, issue: { id: issue.id, identifier: issue.identifier, url: `https://linear.example/${issue.identifier}` } } } });
    }
    if (query.includes("issueUpdate")) {
      const issue = this.issues.get(variables.id);
      if (!issue) return reply(200, { data: null, errors: [{ message: "Entity not found" }] });
      issue.stateId = variables.input.stateId ?? issue.stateId;
      return reply(200, { data: { issueUpdate: { success: true } } });
    }
    if (query.includes("commentCreate")) {
      this.commentCalls++;
      const input = variables.input;
      if (this.comments.has(input.id)) return reply(200, { data: null, errors: [{ message: "Entity already exists" }] });
      this.comments.set(input.id, { id: input.id, issueId: input.issueId, body: input.body });
      return reply(200, { data: { commentCreate: { success: true, comment: { id: input.id } } } });
    }
    if (query.includes("team(")) {
      if (variables.teamId !== this.teamId) return reply(200, { data: { team: null }, errors: [{ message: "Entity not found: Team" }] });
      return reply(200, { data: { team: { id: this.teamId, name: "Engineering", states: { nodes: this.states } } } });
    }
    if (query.includes("issue(")) {
      const issue = this.issues.get(variables.id);
      return reply(200, issue ? { data: { issue: { id: issue.id, identifier: issue.identifier, url: `https://linear.example/${issue.identifier}` } } } : { data: { issue: null }, errors: [{ message: "Entity not found" }] });
    }
    reply(400, { errors: [{ message: "unknown query" }] });
  }
}

export interface Mail {
  id: string;
  to: string[];
  raw: string;
}

/** An SMTP server on 127.0.0.1: the id is the Message-ID header; may refuse recipients with 451 or go down. */
export class FakeSmtp {
  port = 0;
  mails: Mail[] = [];
  plan: FaultPlan = () => "ok";
  private n = 0;
  private server: SMTPServer | null = null;
  /** Codes of connections that broke (ECONNRESET when a sending worker is killed). */
  connectionErrors: string[] = [];

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      closeTimeout: 200,
      logger: false,
      onRcptTo: (_addr, _session, cb) => {
        const f = this.plan(this.n++);
        if (f === "500" || f === "503" || f === "429") {
          const err = new Error("try again later") as Error & { responseCode: number };
          err.responseCode = 451;
          return cb(err);
        }
        cb();
      },
      onData: (stream, session, cb) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          const id = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? "";
          this.mails.push({ id, to: session.envelope.rcptTo.map((r) => r.address), raw });
          cb();
        });
      },
    });
    // A worker killed mid-session resets its connection; SMTPServer reports that as an 'error' event,
    // which would otherwise be thrown. A real server logs it and goes on; so does this one.
    this.server.on("error", (err: NodeJS.ErrnoException) => {
      this.connectionErrors.push(err.code ?? err.message);
    });
    await new Promise<void>((r) => this.server!.listen(this.port, "127.0.0.1", () => r()));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async down(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((r) => s.close(() => r()));
  }

  async up(): Promise<void> {
    if (!this.server) await this.start();
  }

  stop(): Promise<void> {
    return this.down();
  }
}

/** Ids that arrived, each once, and the ids that arrived more than once. */
export function dedupe(ids: string[]): { unique: Set<string>; resent: number } {
  const unique = new Set(ids);
  return { unique, resent: ids.length - unique.size };
}
