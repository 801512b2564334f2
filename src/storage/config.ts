import { randomBytes } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Settings read from the environment once at start-up. */
export interface AppConfig {
  port: number;
  /** `postgres://…` selects PostgreSQL; absent selects the SQLite file in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  sessionSecret: string;
  /** Absolute base URL used in links we print or send (invitations, resets). */
  publicUrl: string;
  /** Cookies get `Secure` and the `__Host-` prefix when the public URL is https. */
  secureCookies: boolean;
  logLevel: string;
  /**
   * 32-byte key (base64) sealing channel secrets at rest (AES-256-GCM): from
   * HANDOFF_SECRET_KEY, else generated once and kept in the data dir. Optional
   * so hand-built configs (tests) work: secretKeyOf() then derives one.
   */
  secretKey?: string;
  /** smtp(s)://… from SMTP_URL; null: no e-mail is sent (links are copied by hand). */
  smtpUrl?: string | null;
}

/** A start-up problem the operator must fix; the CLI prints its message alone. */
export class ConfigError extends Error {}

/**
 * Reads the environment. When SESSION_SECRET is absent a random one is created
 * and kept in the data dir, so sessions survive restarts without setup.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a number between 0 and 65535 (got "${env.PORT}")`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must start with postgres:// (leave it unset to use the SQLite file)");
  }
  const dataDir = resolve(env.DATA_DIR ?? "./data");
  ensureWritableDir(dataDir);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
  return {
    port,
    databaseUrl,
    dataDir,
    sessionSecret: env.SESSION_SECRET || storedSecret(dataDir),
    publicUrl,
    secureCookies: publicUrl.startsWith("https://"),
    logLevel: env.LOG_LEVEL ?? "info",
    secretKey: env.HANDOFF_SECRET_KEY || storedSecret(dataDir, "secret-key"),
    smtpUrl: env.SMTP_URL?.trim() || null,
  };
}

function ensureWritableDir(dir: string): void {
  try {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new ConfigError(`data directory ${dir} is not writable: set DATA_DIR to a writable path`);
  }
}

function storedSecret(dataDir: string, name = "session-secret"): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
