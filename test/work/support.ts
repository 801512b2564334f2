import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createApiToken } from "../../src/models/api-tokens.js";
import { findUserByEmail } from "../../src/models/users.js";
import { demoBrief } from "../../src/commands/engagements-demo.js";
import type { Db } from "../../src/storage/database.js";

/** A brief the checker passes (the demo seed's text). */
export const CLEAN_BRIEF = demoBrief("Partial refunds endpoint", "refund part of a payment");

/** The brief template with its placeholder text: the checker reports findings on it. */
export const DRAFT_WITH_FINDINGS = `# Refunds

## Context

We need refunds to be fast and user-friendly, like we discussed.

## API

TBD

## Acceptance criteria

- It should work well.
`;

/** An API caller holding a bearer token, as an integration would. */
export interface Caller {
  email: string;
  id: string;
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export async function caller(app: FastifyInstance, db: Db, email: string): Promise<Caller> {
  const user = (await findUserByEmail(db, email))!;
  const token = await createApiToken(db, user.id, "test");
  return {
    email,
    id: user.id,
    call: (method, url, body, headers = {}) =>
      app.inject({
        method: method as "GET",
        url,
        headers: { authorization: `Bearer ${token}`, ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      }),
  };
}

export async function orgId(db: Db, slug: string): Promise<string> {
  return (await db.selectFrom("orgs").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

/** Evidence for every criterion of a brief as GET /api/v1/briefs/:id lists them. */
export const evidenceFor = (criteria: { id: string; text: string }[]) => criteria.map((c) => ({ criterionId: c.id, text: `Test "${c.text.slice(0, 30)}" passes: see CI run 42.` }));
