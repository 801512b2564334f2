import { hash, verify } from "@node-rs/argon2";

/** argon2id with OWASP's recommended minimums (19 MiB, t=2, p=1). */
/** 2 is Algorithm.Argon2id (a const enum, which isolatedModules cannot read). */
const OPTIONS = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

/** A fixed hash to verify against when no account exists, so timing does not reveal it. */
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword("no account has this password");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
