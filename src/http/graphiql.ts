import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * A self-hosted GraphiQL: the page and every script and style it loads come from
 * this server (the npm packages' own builds), so it works with no internet.
 * Apollo's default landing page loads from a CDN, which many users cannot reach.
 */
const require = createRequire(import.meta.url);

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

export const GRAPHIQL_ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
  'graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript; charset=utf-8' },
  'react.production.min.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript; charset=utf-8' },
};

export interface ExampleOperation {
  readonly name: string;
  readonly query: string;
}

/** Splits an operations file into its named operations, each with the fragments it spreads. */
export function splitOperations(text: string): ExampleOperation[] {
  const blocks: { name: string; kind: string; text: string }[] = [];
  const re = /^(query|mutation|fragment)\s+([A-Za-z_][A-Za-z0-9_]*)/gm;
  const starts: { index: number; kind: string; name: string }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push({ index: m.index, kind: m[1], name: m[2] });
  starts.forEach((s, i) => {
    // Take the comment lines just above an operation with it.
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    let body = text.slice(s.index, end);
    body = body.replace(/(\n#[^\n]*)+\s*$/, '').trim();
    const before = text.slice(i === 0 ? 0 : starts[i - 1].index, s.index).match(/((?:^|\n)#[^\n]*)+\s*$/);
    blocks.push({ name: s.name, kind: s.kind, text: `${before ? before[0].trim() + '\n' : ''}${body}\n` });
  });
  const fragments = blocks.filter((b) => b.kind === 'fragment');
  return blocks
    .filter((b) => b.kind !== 'fragment')
    .map((b) => {
      const used = fragments.filter((f) => b.text.includes(`...${f.name}`));
      return { name: b.name, query: [b.text, ...used.map((f) => f.text)].join('\n') };
    });
}

export function readExamples(file: string): ExampleOperation[] {
  return fs.existsSync(file) ? splitOperations(fs.readFileSync(file, 'utf8')) : [];
}

const escapeJsonForScript = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

/** The IDE page: opens with the example operations as tabs. */
export function graphiqlPage(endpoint: string, examples: readonly ExampleOperation[]): string {
  const tabs = examples.map((e) => ({ query: e.query }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>critical-minerals-graph · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }
  #explore-link { position: fixed; right: 14px; bottom: 10px; z-index: 100; padding: 4px 10px; border-radius: 4px; background: #2563eb; color: #fff; font: 13px system-ui, sans-serif; text-decoration: none; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<a id="explore-link" href="/explore" title="Draw the graph: search, expand, paths">Graph view</a>
<script src="/graphiql/react.production.min.js"></script>
<script src="/graphiql/react-dom.production.min.js"></script>
<script src="/graphiql/graphiql.min.js"></script>
<script>
  var tabs = ${escapeJsonForScript(tabs)};
  var fetcher = GraphiQL.createFetcher({ url: ${escapeJsonForScript(endpoint)} });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: tabs.length ? tabs : undefined,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false
  }));
</script>
</body>
</html>
`;
}
