/**
 * The /explore page: a search box, the graph, a legend, a side panel. Its scripts are
 * the bundle of src/explore/client (bundle.ts); nothing loads from another host.
 * Chinese names draw with whichever CJK font the reader's system has.
 */
export function explorePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>critical-minerals-graph · explore</title>
<link rel="icon" href="data:,">
<style>
  html, body { height: 100%; margin: 0; font: 14px/1.4 "Noto Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: #111827; }
  body { display: grid; grid-template-columns: 240px 1fr 340px; grid-template-rows: auto 1fr auto; grid-template-areas: "top top top" "legend graph panel" "status status status"; }
  header { grid-area: top; display: flex; gap: 8px; align-items: center; padding: 6px 10px; border-bottom: 1px solid #e5e7eb; flex-wrap: wrap; }
  header h1 { font-size: 15px; margin: 0 8px 0 0; }
  #search-box { position: relative; }
  #search { width: 280px; padding: 4px 6px; }
  #results { position: absolute; z-index: 10; background: #fff; border: 1px solid #d1d5db; list-style: none; margin: 0; padding: 0; width: 360px; max-height: 60vh; overflow: auto; }
  #results:empty { display: none; }
  #results li { padding: 4px 8px; cursor: pointer; }
  #results li:hover, #results li:focus { background: #eff6ff; }
  #legend { grid-area: legend; overflow: auto; padding: 6px 10px; border-right: 1px solid #e5e7eb; }
  #legend label { display: flex; align-items: center; gap: 6px; font-size: 13px; }
  #graph { grid-area: graph; position: relative; min-height: 300px; }
  #panel { grid-area: panel; overflow: auto; padding: 6px 12px; border-left: 1px solid #e5e7eb; }
  #panel h2 { font-size: 16px; margin: 6px 0 2px; }
  #paths { margin-top: 8px; }
  footer { grid-area: status; padding: 3px 10px; border-top: 1px solid #e5e7eb; font-size: 12px; color: #4b5563; }
  .error { color: #b91c1c; }
  .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
  .swatch.circle { border-radius: 50%; }
  .line { display: inline-block; width: 14px; height: 3px; }
  .zh { color: #374151; }
  .kind { color: #6b7280; margin: 0 0 6px; }
  .props { table-layout: fixed; width: 100%; }
  .props td { overflow-wrap: anywhere; }
  .props th { width: 32%; overflow-wrap: anywhere; text-align: left; padding-right: 8px; color: #4b5563; font-weight: 500; vertical-align: top; }
  .note { background: #fffbeb; border-left: 3px solid #f59e0b; padding: 2px 8px; margin: 8px 0; }
  .buttons { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0; }
  .sources { padding-left: 18px; }
  small { color: #6b7280; }
</style>
</head>
<body>
<header>
  <h1>critical-minerals-graph</h1>
  <div id="search-box">
    <input id="search" type="search" placeholder="Search: gallium, 镓, China, MSP, USA-2025…" autocomplete="off" aria-label="Search">
    <ul id="results"></ul>
  </div>
  <label>depth <select id="depth"><option>1</option><option>2</option><option>3</option></select></label>
  <label><input id="facts" type="checkbox" checked> facts</label>
  <label><input id="show-zh" type="checkbox" checked> 中文</label>
  <button id="fit" title="Fit the graph to the view">Fit</button>
  <button id="zoom-in" title="Zoom in">+</button>
  <button id="zoom-out" title="Zoom out">−</button>
  <button id="relayout" title="Run the layout again">Layout</button>
  <label title="Let paths run over production, reliance, import sources and indicators"><input id="path-facts" type="checkbox"> paths over facts</label>
  <a href="/graphiql">GraphiQL</a>
</header>
<nav id="legend"></nav>
<main id="graph"></main>
<aside id="panel"><div id="paths"></div><div id="details"><p>Click a node or a relationship to see its properties and sources. Double-click a node to expand it; drag to move and pin it; shift-click two nodes, or use "Path from / to here", for the shortest paths.</p></div></aside>
<footer id="status"></footer>
<script src="/explore/explore.js"></script>
</body>
</html>
`;
}
