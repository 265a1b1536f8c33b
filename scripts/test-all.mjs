// Runs every check and suite in order and ends with one line: "N passed, N failed".
// Lint, format and typecheck count as one check each; Vitest and Playwright count their tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;

function run(name, command, args) {
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
}

function check(name, command, args) {
  if (run(name, command, args)) passed++;
  else {
    failed++;
    console.log(`== ${name} FAILED`);
  }
}

function suite(name, command, args, reportFile, count) {
  const ok = run(name, command, args);
  if (!existsSync(reportFile)) {
    failed++;
    console.log(`== ${name} wrote no report`);
    return;
  }
  const [p, f] = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  passed += p;
  failed += f;
  if (!ok && f === 0) failed++; // a suite that crashed outside any test still fails the run
  console.log(`== ${name}: ${p} passed, ${f} failed`);
}

const npx = 'npx';
check('lint', npx, ['eslint', '.']);
check('format', npx, ['prettier', '--check', '.']);
check('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
suite(
  'unit',
  npx,
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reports}/vitest.json`,
  ],
  `${reports}/vitest.json`,
  (r) => [r.numPassedTests, r.numFailedTests],
);
if (run('build', npx, ['vite', 'build'])) {
  passed++;
  suite('browser', npx, ['playwright', 'test'], `${reports}/playwright.json`, (r) => [
    r.stats.expected + r.stats.flaky,
    r.stats.unexpected,
  ]);
} else {
  failed++;
  console.log('== build FAILED: browser tests not run');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
