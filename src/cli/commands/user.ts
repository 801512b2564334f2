import type { Command } from "commander";
import { randomBytes } from "node:crypto";
import { ROLES, type Role } from "../../core/actor.js";
import { createPasswordReset } from "../../models/links.js";
import { consultancyOrg, findOrgBySlug } from "../../models/orgs.js";
import { hashPassword } from "../../models/passwords.js";
import { findUserByEmail, insertUser } from "../../models/users.js";
import { openFromEnv, runCommand } from "../runtime.js";

function fail(message: string): never {
  process.stderr.write(`handoff: ${message}\n`);
  process.exit(2);
}

export function register(program: Command): void {
  const user = program.command("user").description("Manage people");
  user
    .command("create")
    .description("Create an account and print a one-time password reset link for it")
    .requiredOption("--email <email>", "e-mail address")
    .requiredOption("--role <role>", `one of ${ROLES.join("|")}`)
    .option("--org <slug>", "client organisation slug (client roles); staff and contractors join the consultancy")
    .option("--name <name>", "display name (defaults to the e-mail's local part)")
    .action((opts: { email: string; role: string; org?: string; name?: string }) =>
      runCommand(async () => {
        if (!ROLES.includes(opts.role as Role)) fail(`--role must be one of ${ROLES.join(", ")}`);
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(opts.email)) fail("--email must be an e-mail address like name@example.com");
        const role = opts.role as Role;
        const isClient = role === "client-owner" || role === "client-member";
        if (isClient && !opts.org) fail("--org is required for client roles (the client organisation's slug)");
        const { config, database } = await openFromEnv();
        try {
          const db = database.db;
          const org = isClient ? await findOrgBySlug(db, opts.org!) : await consultancyOrg(db);
          if (!org) fail(isClient ? `no organisation with slug "${opts.org}"` : "no consultancy organisation yet: run `handoff seed --demo` or `handoff serve` once");
          if (isClient && org.kind !== "client") fail(`"${opts.org}" is the consultancy; client roles belong to a client organisation`);
          if (await findUserByEmail(db, opts.email)) fail(`an account with ${opts.email} already exists`);
          const created = await insertUser(db, {
            orgId: org.id,
            email: opts.email,
            name: opts.name ?? opts.email.split("@")[0],
            role,
            // An unusable random password until the person sets theirs through the link.
            passwordHash: await hashPassword(randomBytes(24).toString("base64url")),
          });
          const token = await createPasswordReset(db, created.id);
          process.stdout.write(`created ${created.email} (${role}, ${org.name})\nset the password within 1 hour: ${config.publicUrl}/reset/${token}\n`);
        } finally {
          await database.close();
        }
      }),
    );
}
