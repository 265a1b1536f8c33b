// Runs every check and suite and ends with one line: "N passed, N failed".
// Lint, format and typecheck count as one check each; Vitest and Playwright count their tests.
// Nothing waits for what it does not need: the checks, the unit tests and the build start together,
// and the browser tests, the longest part, start as soon as the build is done. Each step's output
// is printed in one piece when it ends, so the steps' lines do not mix; the browser tests, which
// run last and longest, print as they go.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const npx = 'npx';
const reports = '.reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

let passed = 0;
let failed = 0;

/** Runs a command; resolves with whether it exited cleanly. */
function run(name, command, args, { live = false } = {}) {
  const header = `\n== ${name}: ${command} ${args.join(' ')}\n`;
  if (live) process.stdout.write(header);
  const started = Date.now();
  const child = spawn(command, args, {
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    shell: false,
  });
  const output = [];
  if (!live) {
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const footer = `== ${name} took ${seconds} s\n`;
      process.stdout.write(live ? footer : header + Buffer.concat(output).toString() + footer);
      resolve(code === 0);
    });
  });
}

async function check(name, command, args) {
  if (await run(name, command, args)) passed++;
  else {
    failed++;
    console.log(`== ${name} FAILED`);
  }
}

async function suite(name, command, args, reportFile, count, options) {
  const ok = await run(name, command, args, options);
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

async function buildThenBrowser() {
  if (!(await run('build', npx, ['vite', 'build']))) {
    failed++;
    console.log('== build FAILED: browser tests not run');
    return;
  }
  passed++;
  await suite(
    'browser',
    npx,
    ['playwright', 'test'],
    `${reports}/playwright.json`,
    (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected],
    { live: true },
  );
}

await Promise.all([
  check('lint', npx, ['eslint', '.']),
  check('format', npx, ['prettier', '--check', '.']),
  check('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']),
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
  ),
  buildThenBrowser(),
]);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
