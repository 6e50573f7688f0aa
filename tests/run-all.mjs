// `pnpm test`: the type-check, the unit tests, then the end-to-end tests against the built app.
// Ends with one line `N passed, N failed` summed over everything it ran (CI reads it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'node_modules', '.test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;

function run(label, command, args) {
  process.stdout.write(`\n── ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function step(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
}

function vitest(project) {
  const file = join(out, `${project}.json`);
  const ok = run(`vitest ${project}`, 'pnpm', [
    'exec',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that failed to load has no tests to count: count it as a failure.
    const broken = report.testResults.filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0,
    );
    failed += broken.length;
    if (!ok && report.numFailedTests === 0 && broken.length === 0) failed += 1;
  } catch {
    failed += 1;
  }
}

step('type-check', 'pnpm', ['exec', 'tsc', '-b']);
vitest('unit');
step('build the app', 'pnpm', ['--filter', '@apparatus/web', 'build']);
vitest('e2e');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
