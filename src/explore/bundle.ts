import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../store/create.js';

/**
 * The /explore page's scripts: src/explore/client bundled by esbuild with sigma.js
 * and graphology into two classic scripts (the page and its layout worker), so the
 * page loads nothing from elsewhere. `npm run build` writes them to dist/explore/;
 * a server started without a fresh build (npm run start:dev, the tests) bundles them
 * in memory once, on the first request for them.
 */
export const CLIENT_DIR = path.join(REPO_ROOT, 'src', 'explore', 'client');
export const BUILT_DIR = path.join(REPO_ROOT, 'dist', 'explore');
export const ENTRIES = { explore: 'main.ts', 'layout-worker': 'layout-worker.ts' } as const;
export type AssetName = `${keyof typeof ENTRIES}.js`;

export async function bundleExplore(): Promise<Record<AssetName, string>> {
  // Loaded only when bundling: a production server with a build never imports esbuild.
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(CLIENT_DIR, file)])),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'eof',
    write: false,
    outdir: BUILT_DIR,
    logLevel: 'silent',
    tsconfig: path.join(CLIENT_DIR, 'tsconfig.json'),
  });
  const out = {} as Record<AssetName, string>;
  for (const f of result.outputFiles) out[path.basename(f.path) as AssetName] = f.text;
  return out;
}

/** The newest modification time among the client's sources (a build older than this is stale). */
function newestSource(): number {
  let newest = 0;
  for (const f of fs.readdirSync(CLIENT_DIR)) newest = Math.max(newest, fs.statSync(path.join(CLIENT_DIR, f)).mtimeMs);
  return newest;
}

function readBuilt(): Record<AssetName, string> | null {
  const names = Object.keys(ENTRIES).map((n) => `${n}.js` as AssetName);
  const files = names.map((n) => path.join(BUILT_DIR, n));
  if (!files.every((f) => fs.existsSync(f))) return null;
  if (fs.existsSync(CLIENT_DIR) && Math.min(...files.map((f) => fs.statSync(f).mtimeMs)) < newestSource()) return null;
  return Object.fromEntries(names.map((n, i) => [n, fs.readFileSync(files[i], 'utf8')])) as Record<AssetName, string>;
}

let assets: Promise<Record<AssetName, string>> | undefined;

/** The scripts, from a fresh build if there is one, else bundled now (once per process). */
export function exploreAssets(): Promise<Record<AssetName, string>> {
  assets ??= Promise.resolve(readBuilt()).then((built) => built ?? bundleExplore());
  // A failed bundle is not cached: the next request tries again.
  assets.catch(() => (assets = undefined));
  return assets;
}

/** `npm run build`: writes the bundle to dist/explore/. */
export async function writeExploreBuild(): Promise<string[]> {
  const out = await bundleExplore();
  fs.mkdirSync(BUILT_DIR, { recursive: true });
  return Object.entries(out).map(([name, text]) => {
    const file = path.join(BUILT_DIR, name);
    fs.writeFileSync(file, text);
    return file;
  });
}
