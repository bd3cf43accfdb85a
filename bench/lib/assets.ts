import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/**
 * What a first visit to a page downloads, read from React Router's browser manifest
 * (build/client/assets/manifest-*.js, the file the server's HTML points at): the manifest itself,
 * the client entry, and for every matched route (root → … → page) its module with its static
 * imports, plus their CSS. Vite's own manifest (.vite/manifest.json) is removed after a React
 * Router build, so it is not used.
 */

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
  css?: string[];
  hasDefaultExport?: boolean;
}

export interface BrowserManifest {
  url: string;
  entry: { module: string; imports: string[]; css: string[] };
  routes: Record<string, ManifestRoute>;
}

/** The manifest file the server build refers to (an older one may linger in assets/). */
export function leesManifest(buildDir: string): BrowserManifest {
  const server = fs.readFileSync(path.join(buildDir, "server/index.js"), "utf8");
  const url = /\/assets\/manifest-[\w-]+\.js/.exec(server)?.[0];
  if (!url) throw new Error(`Geen manifest-url in ${buildDir}/server/index.js; draai eerst npm run build`);
  const tekst = fs.readFileSync(path.join(buildDir, "client", url), "utf8").trim();
  const json = tekst.replace(/^window\.__reactRouterManifest\s*=\s*/, "").replace(/;$/, "");
  return { ...(JSON.parse(json) as Omit<BrowserManifest, "url">), url };
}

// `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not `import("./x.js")`.
const STATISCHE_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.\.?\/[^"']+\.js)["']/g;

/**
 * The manifest lists a route's imports; the chunks are read as well, so an import the manifest
 * would miss still counts (a first visit downloads the whole static graph).
 */
export function statischeImports(clientDir: string, url: string): string[] {
  const code = fs.readFileSync(path.join(clientDir, url), "utf8");
  return [...code.matchAll(STATISCHE_IMPORT)].map((m) => path.posix.join(path.posix.dirname(url), m[1]));
}

export interface Bestand {
  url: string;
  bytes: number;
  gzip: number;
}

/** Every file counted once per run: the same chunk is in many routes. */
export function maakMeter(clientDir: string): (url: string) => Bestand {
  const bekend = new Map<string, Bestand>();
  return (url) => {
    let b = bekend.get(url);
    if (!b) {
      const inhoud = fs.readFileSync(path.join(clientDir, url));
      b = { url, bytes: inhoud.length, gzip: zlib.gzipSync(inhoud).length };
      bekend.set(url, b);
    }
    return b;
  };
}

export interface PaginaAssets {
  routeId: string;
  pad: string;
  js: Bestand[];
  css: Bestand[];
}

function routeKeten(manifest: BrowserManifest, routeId: string): ManifestRoute[] {
  const keten: ManifestRoute[] = [];
  for (let r: ManifestRoute | undefined = manifest.routes[routeId]; r; r = r.parentId ? manifest.routes[r.parentId] : undefined) keten.unshift(r);
  return keten;
}

function volledigPad(keten: ManifestRoute[]): string {
  const delen = keten.map((r) => r.path ?? "").filter((p) => p !== "");
  return `/${delen.join("/")}`;
}

/**
 * Per page, the first-visit download. Pages are the routes a URL ends on: not layouts (a route
 * other routes hang under, loaded with their pages) and not resource routes (no component, no JS).
 */
export function assetsPerPagina(manifest: BrowserManifest, clientDir: string): PaginaAssets[] {
  const meet = maakMeter(clientDir);
  const ouders = new Set(Object.values(manifest.routes).map((r) => r.parentId));
  return Object.values(manifest.routes)
    .filter((r) => r.hasDefaultExport !== false && !ouders.has(r.id))
    .map((route) => {
      const keten = routeKeten(manifest, route.id);
      const te = [manifest.url, manifest.entry.module, ...manifest.entry.imports, ...keten.flatMap((r) => [r.module, ...(r.imports ?? [])])];
      const js = new Set<string>();
      while (te.length > 0) {
        const url = te.pop()!;
        if (js.has(url)) continue;
        js.add(url);
        te.push(...statischeImports(clientDir, url));
      }
      const css = new Set([...manifest.entry.css, ...keten.flatMap((r) => r.css ?? [])]);
      return { routeId: route.id, pad: volledigPad(keten), js: [...js].map(meet), css: [...css].map(meet) };
    });
}
