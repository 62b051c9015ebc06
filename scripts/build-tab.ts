/**
 * `npm run build:tab`: bundles the tab's pages (`tab/web/`) into `tab/web/build/` with esbuild —
 * minified ES2020 modules, one entry per page, shared code (teams-js, the Fluent web components) in
 * hashed chunks, one CSS file with Teams' theme tokens — and writes the three HTML pages from one
 * template (`page.html`), pointing at the hashed files. Hashed names let the server cache them for a
 * year; the HTML itself is revalidated on every load.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin } from "esbuild";
import { teamsThemeCss } from "./teams-theme-css.ts";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Where the build reads and writes; both default to the app's own folders. */
export interface BuildTabOptions {
  /** Default `tab/web`. */
  sourceDir?: string;
  /** Default `tab/web/build`; emptied first. */
  outDir?: string;
}

/** One file of the build with its size as served and gzipped. */
export interface BuiltFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** What a page loads before anything else: its own script, the chunks it imports, the CSS. */
export interface BuiltPage {
  html: string;
  scripts: string[];
  styles: string[];
}

/** The build's files, its pages and how long it took. */
export interface BuildTabResult {
  outDir: string;
  files: BuiltFile[];
  pages: Record<string, BuiltPage>;
  milliseconds: number;
}

/** The pages the tab serves: the script each runs and its `data-page` (the personal tab remembers the unit picked). */
export const tabPages = {
  "index.html": { script: "content-page", page: "content" },
  "personal.html": { script: "content-page", page: "personal" },
  "config.html": { script: "config-page", page: "config" },
};

/** Builds the tab; throws with esbuild's messages if the code does not bundle. */
export async function buildTab(options: BuildTabOptions = {}): Promise<BuildTabResult> {
  const started = performance.now();
  const sourceDir = resolve(options.sourceDir ?? join(root, "tab/web"));
  const outDir = resolve(options.outDir ?? join(sourceDir, "build"));
  await rm(outDir, { recursive: true, force: true });
  const { metafile } = await build({
    entryPoints: {
      "content-page": join(sourceDir, "content-page.ts"),
      "config-page": join(sourceDir, "config-page.ts"),
      tab: join(sourceDir, "tab.css"),
    },
    outdir: outDir,
    entryNames: "[name]-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2020",
    minify: true,
    charset: "utf8",
    metafile: true,
    logLevel: "silent",
    plugins: [teamsJsWithoutOriginPrefetch, teamsThemeTokens],
  });
  const outputs = Object.entries(metafile.outputs).map(([path, output]) => ({
    file: relative(outDir, resolve(root, path)),
    output,
  }));
  const entry = (name: string) => {
    const found = outputs.find(
      ({ output }) => output.entryPoint && basename(output.entryPoint).startsWith(name),
    );
    if (!found) throw new Error(`build-tab: no output for ${name}`);
    return found;
  };
  const css = entry("tab.css").file;
  const builtPages: Record<string, BuiltPage> = {};
  const template = await readFile(join(sourceDir, "page.html"), "utf8");
  for (const [html, { script, page }] of Object.entries(tabPages)) {
    const main = entry(`${script}.ts`);
    const chunks = staticImports(main.output, outDir);
    const preloads = chunks.map((chunk) => `<link rel="modulepreload" href="${chunk}" />`).join("\n    ");
    const written = [
      ["{{page}}", page],
      ['href="tab.css"', `href="${css}"`],
      [
        '<script type="module" src="{{script}}"></script>',
        `<script type="module" src="${main.file}"></script>${preloads ? `\n    ${preloads}` : ""}`,
      ],
    ].reduce((text, [search, replacement]) => replaceOnce(text, search ?? "", replacement ?? ""), template);
    await writeFile(join(outDir, html), written);
    builtPages[html] = { html, scripts: [main.file, ...chunks], styles: [css] };
  }
  const files: BuiltFile[] = [];
  for (const path of [...outputs.map(({ file }) => file), ...Object.keys(tabPages)]) {
    const contents = await readFile(join(outDir, path));
    files.push({ path, bytes: contents.length, gzipBytes: gzipSync(contents, { level: 9 }).length });
  }
  return { outDir, files, pages: builtPages, milliseconds: performance.now() - started };
}

/** The chunks an output imports statically (not the lazily imported teams-js), as paths in `outDir`. */
function staticImports(output: Metafile["outputs"][string], outDir: string): string[] {
  return output.imports
    .filter((imported) => imported.kind === "import-statement" && !imported.external)
    .map((imported) => relative(outDir, resolve(root, imported.path)));
}

function replaceOnce(text: string, search: string, replacement: string): string {
  if (!text.includes(search)) throw new Error(`build-tab: the page has no ${search}`);
  return text.replace(search, replacement);
}

/** `@import "teams-theme.css"` in `tab.css`: Teams' theme tokens, made from `@fluentui/tokens`. */
const teamsThemeTokens: Plugin = {
  name: "teams-theme-tokens",
  setup(builder) {
    builder.onResolve({ filter: /^teams-theme\.css$/ }, () => ({
      path: "teams-theme.css",
      namespace: "theme",
    }));
    builder.onLoad({ filter: /.*/, namespace: "theme" }, () => ({
      contents: teamsThemeCss(),
      loader: "css",
    }));
  },
};

/**
 * teams-js fetches its list of valid host origins from a Microsoft CDN as soon as it is loaded. The
 * tab's CSP (`connect-src 'self'`) blocks that request, which would log an error on every load; the
 * list is only needed for hosts missing from the built-in list, which covers Teams, Outlook and
 * Microsoft 365. So the eager call is left out; an unknown host still gets a (blocked) attempt.
 */
const teamsJsWithoutOriginPrefetch: Plugin = {
  name: "teams-js-without-origin-prefetch",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]@microsoft[\\/]teams-js[\\/].*[\\/]validOrigins\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      const name = /([\w$]+) as prefetchOriginsFromCDN/.exec(source)?.[1];
      const call = `${name}();export{`;
      if (!name || !source.includes(call))
        throw new Error(
          `build-tab: ${args.path} changed: its eager prefetchOriginsFromCDN() call was not found`,
        );
      return { contents: source.replace(call, "export{"), loader: "js" };
    });
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await buildTab();
  const total = (page: BuiltPage) =>
    [...page.scripts, ...page.styles].reduce(
      (sum, path) => sum + (result.files.find((file) => file.path === path)?.gzipBytes ?? 0),
      0,
    );
  const index = result.pages["index.html"];
  console.log(
    `build-tab: ${result.files.length} files in ${relative(process.cwd(), result.outDir)} in ${Math.round(result.milliseconds)} ms` +
      (index ? `; index.html loads ${(total(index) / 1024).toFixed(1)} KB gzip of JS and CSS first` : ""),
  );
}
