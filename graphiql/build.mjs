// Run by the Maven build (exec-maven-plugin, phase process-resources): installs the npm packages
// when package-lock.json changed since the last install, and builds the page when its inputs
// changed since the last build. Both steps are skipped when nothing changed, so a repeated
// `./mvnw verify` does not pay for npm and vite again.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = import.meta.dirname;
const target = resolve(here, '../target');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function hashOf(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function stamped(stampFile, hash) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

const lock = resolve(here, 'package-lock.json');
const installStamp = resolve(here, 'node_modules/.inkwell-installed');
const lockHash = hashOf([lock]);
if (stamped(installStamp, lockHash)) {
  console.log('[graphiql] npm packages up to date');
} else {
  console.log('[graphiql] npm ci');
  // puppeteer-core drives the machine's chromium: no browser download.
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
  });
  writeFileSync(installStamp, lockHash);
}

const inputs = [lock, resolve(here, 'index.html'), resolve(here, 'vite.config.js'), ...filesUnder(resolve(here, 'src'))];
const buildStamp = resolve(target, 'graphiql-build.stamp');
const buildHash = hashOf(inputs);
if (stamped(buildStamp, buildHash) && existsSync(resolve(target, 'classes/graphiql/index.html'))) {
  console.log('[graphiql] page up to date');
} else {
  console.log('[graphiql] vite build');
  execFileSync(process.execPath, [resolve(here, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: here,
    stdio: 'inherit',
  });
  mkdirSync(target, { recursive: true });
  writeFileSync(buildStamp, buildHash);
}
