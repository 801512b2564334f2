import { createHash, randomBytes, randomUUID } from "node:crypto";

/** New primary key. UUIDs keep ids unguessable and portable across engines. */
export const newId = (): string => randomUUID();

/** Timestamps are stored as ISO-8601 UTC strings on both engines. */
export const iso = (ms: number = Date.now()): string => new Date(ms).toISOString();

/** A secret for a link or API token: 256 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString("base64url");

/** Only hashes of secrets are stored, so a database leak yields no usable links. */
export const hashSecret = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** E-mail uniqueness is case-insensitive; the key is the trimmed, lower-cased address. */
export const emailKey = (email: string): string => email.trim().toLowerCase();
