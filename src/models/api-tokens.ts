import type { Db, Tx } from "../storage/database.js";
import { hashSecret, iso, newId, newSecret } from "./support.js";
import type { User } from "./users.js";

/** Tokens carry a recognisable prefix so secret scanners can find leaked ones. */
export const TOKEN_PREFIX = "hof_";

/** Creates an API token; the plain value is returned once and never stored. */
export async function createApiToken(db: Db | Tx, userId: string, name: string): Promise<string> {
  const token = TOKEN_PREFIX + newSecret();
  await db
    .insertInto("api_tokens")
    .values({ id: newId(), user_id: userId, name, token_hash: hashSecret(token), created_at: iso(), last_used_at: null, revoked_at: null })
    .execute();
  return token;
}

export async function userForApiToken(db: Db | Tx, token: string): Promise<User | undefined> {
  const row = await db
    .selectFrom("api_tokens")
    .innerJoin("users", "users.id", "api_tokens.user_id")
    .selectAll("users")
    .where("api_tokens.token_hash", "=", hashSecret(token))
    .where("api_tokens.revoked_at", "is", null)
    .executeTakeFirst();
  return row as User | undefined;
}
