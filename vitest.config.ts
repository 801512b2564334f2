import { defineConfig } from "vitest/config";

// Test files sit beside the code they test (src/**/x.test.ts); cross-cutting
// suites (end to end, tenant isolation, fault tests) live in test/.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two cores on CI: more workers only thrash.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    reporters: ["default"],
  },
});
