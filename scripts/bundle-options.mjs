// The esbuild settings every Node bundle of this repository shares (scripts/build.mjs, bench/run.mjs).
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export const bundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  // Some ESM dependencies call createRequire(import.meta.url); give the CommonJS bundle a real value.
  define: { DISCLOSE_VERSION: JSON.stringify(version), 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
