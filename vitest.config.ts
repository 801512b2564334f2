import { defineConfig } from "vitest/config";

// In CI the PostgreSQL run must not be skipped silently: fail fast instead.
if (process.env.CI && !process.env.HANDOFF_TEST_PG) {
  throw new Error("CI is set but HANDOFF_TEST_PG is not: the PostgreSQL half of the suite would be skipped (run .ci/run)");
}

// Test files sit beside the code they test (src/**/x.test.ts); cross-cutting
// suites (end to end, tenant isolation, fault tests) live in test/.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Two cores on CI: more workers only thrash.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // CI lists every test by name, so the log shows the PostgreSQL half ran.
    reporters: process.env.CI ? ["verbose"] : ["default"],
  },
});
