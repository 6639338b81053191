// Bundles the client into dist/extension.js (vscode is provided by the host). With --tests, also
// bundles each client/test/*.test.ts into out/test/ for node's test runner.
import * as esbuild from 'esbuild';
import { readdirSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await esbuild.build({
  ...common,
  entryPoints: ['client/src/extension.ts'],
  outfile: 'dist/extension.js',
  external: ['vscode'],
  minify: process.argv.includes('--production'),
});

if (process.argv.includes('--tests')) {
  const tests = readdirSync('client/test').filter((f) => f.endsWith('.test.ts')).map((f) => `client/test/${f}`);
  // No `external: ['vscode']` here: a unit test that pulls in VS Code fails to build, which keeps the
  // tested modules free of it.
  await esbuild.build({ ...common, entryPoints: tests, outdir: 'out/test' });
}
