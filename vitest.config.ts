import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { buildGenerator } from './scripts/build-generator.mjs';
import { buildPages } from './scripts/build-pages.mjs';

export default defineConfig(async () => {
  // The Workers tests read the pages through the assets binding, which serves static/ as it is.
  buildPages();
  // The app's GENERATOR binding reaches the generator Worker, run beside it from its own bundle.
  const generator = buildGenerator();
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'migrations'));
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              // A secret of the test run only: tests must not depend on its value. MIGRATION_DB: an
              // empty database for tests/api/migrations.test.ts (DB stays as wrangler.toml has it).
              // Live games: short idle and hello deadlines, so their tests wait seconds, not minutes.
              miniflare: {
                workers: [generator],
                d1Databases: { DB: '00000000-0000-0000-0000-000000000000', MIGRATION_DB: 'migration-check' },
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  CHOICE_SECRET: randomBytes(32).toString('base64url'),
                  OPERATOR_KEY: randomBytes(32).toString('base64url'),
                  LIVE_IDLE_MS: '6000',
                  LIVE_HELLO_MS: '1500',
                  // The test clients ping every second (tests/live/helpers.ts), as pages do every 20 s.
                  LIVE_SILENT_MS: '6000',
                  // Every message the game sends is checked against its schema (off in play: tests/live).
                  LIVE_CHECK_MESSAGES: '1',
                },
              },
            }),
          ],
          test: {
            name: 'workers',
            include: ['tests/domain/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/live/**/*.test.ts'],
            setupFiles: ['./tests/api/apply-migrations.ts'],
            // The rate-limit tests send 600+ requests; beside the browser tests on two cores that
            // can pass 5 s without anything being wrong.
            testTimeout: 30_000,
            // obscenity ships CommonJS behind an ES wrapper; pre-bundled, workerd sees its exports.
            deps: { optimizer: { ssr: { enabled: true, include: ['obscenity'] } } },
          },
        },
        {
          test: {
            name: 'structure',
            include: ['tests/structure/**/*.test.ts'],
            environment: 'node',
          },
        },
        {
          test: {
            name: 'browser',
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
