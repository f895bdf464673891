import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// One SQLite instance for most journeys, and two instances sharing one fresh
// PostgreSQL database to prove that a session made on one is valid on the other.
const pgBase = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pgUrl = pgBase.replace(/\/[^/]*$/, '/portal_e2e');
if (!process.env.PORTAL_E2E_PG_URL) {
  // Runs once in the main process; workers inherit the variable.
  for (const sql of ['DROP DATABASE IF EXISTS portal_e2e WITH (FORCE)', 'CREATE DATABASE portal_e2e']) {
    execFileSync('psql', [pgBase, '-qc', sql], { stdio: 'inherit' });
  }
  process.env.PORTAL_E2E_PG_URL = pgUrl;
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The embed journey frames the portal (on loopback) from a partner page
  // the test serves itself; Chromium would refuse any non-local page that
  // frames a local server, whatever the portal's policy says.
  '--disable-features=LocalNetworkAccessChecks',
];

const server = (kind: string, port: number, timeout = 60_000) => ({
  command: `sh ./serve.sh ${kind} ${port}`,
  url: `http://127.0.0.1:${port}/healthz`,
  reuseExistingServer: false,
  timeout,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

export default defineConfig({
  testDir: './tests',
  // Journeys are long and the machine has two cores shared by four portal
  // instances and two browsers: allow for a slow moment.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '.tmp/test-results',
  use: {
    baseURL: 'http://127.0.0.1:3100',
    browserName: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
    // The service worker keeps the whole programme of every instance a
    // context visits; only the offline journeys need it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  // 3103 is seeded with the demo data (reviewers, reviews, decisions) first;
  // 3104 with a programme at the Forum's size (300 sessions, 12 rooms, 5 days).
  webServer: [server('sqlite', 3100), server('postgres', 3101), server('postgres', 3102), server('seeded', 3103, 300_000),
    server('forum', 3104, 300_000)],
});
