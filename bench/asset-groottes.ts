/**
 * Initial JavaScript and CSS per page (gzip), against the DESIGN §7 budget of 150 kB JS:
 *
 *   npm run build && npx tsx bench/asset-groottes.ts [--build build] [--label assets]
 *
 * Reads the build, not the source: run it after `npm run build`. Writes a section into
 * bench/RESULTS.md. See bench/README.md.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { assetsPerPagina, type Bestand, leesManifest, maakMeter } from "./lib/assets";
import { schrijfSectie } from "./lib/rapport";

const { values } = parseArgs({
  options: {
    build: { type: "string", default: "build" },
    budget: { type: "string", default: "150" },
    label: { type: "string", default: "assets" },
    rapport: { type: "string", default: "bench/RESULTS.md" },
  },
});
const clientDir = path.join(values.build, "client");
const budget = Number(values.budget);

const manifest = leesManifest(values.build);
const paginas = assetsPerPagina(manifest, clientDir);
const resourceRoutes = Object.values(manifest.routes).filter((r) => r.hasDefaultExport === false).length;
const layouts = Object.keys(manifest.routes).length - resourceRoutes - paginas.length;

// kB as 1000 bytes: the stricter reading of the budget.
const kb = (n: number) => (n / 1000).toFixed(1);
const som = (bestanden: Bestand[], veld: "bytes" | "gzip") => bestanden.reduce((s, b) => s + b[veld], 0);

const meet = maakMeter(clientDir);
const basis = [manifest.url, manifest.entry.module, ...manifest.entry.imports, manifest.routes.root.module, ...(manifest.routes.root.imports ?? [])];
const gedeeld = [...new Set(basis)].map(meet);
const alleJs = [...new Map(paginas.flatMap((p) => p.js).map((b) => [b.url, b])).values()].sort((a, b) => b.gzip - a.gzip);
const boven = paginas.filter((p) => som(p.js, "gzip") > budget * 1000);
const zwaarste = paginas.reduce((a, b) => (som(b.js, "gzip") > som(a.js, "gzip") ? b : a));
const buildTijd = fs.statSync(path.join(values.build, "server/index.js")).mtime;

const regels = [
  `### ${values.label} — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  "",
  `- Commando: \`${["npx tsx bench/asset-groottes.ts", ...process.argv.slice(2)].join(" ")}\` op de build van ${buildTijd.toISOString().slice(0, 16).replace("T", " ")} UTC (\`${manifest.url}\`)`,
  "- Wat een eerste bezoek van een pagina laadt: het routemanifest, de client-entry met zijn imports, en van elke passende route (root → … → pagina) " +
    "de module met al zijn statische imports (uit het manifest én uit de chunks zelf gelezen), elk bestand één keer; de CSS van entry en routes. " +
    "Gzip per bestand (node:zlib, standaardniveau 6), 1 kB = 1000 bytes. De inline scripts in de HTML (loaderdata) tellen niet mee.",
  `- Gedeeld door alle pagina's (manifest, entry, root): ${kb(som(gedeeld, "gzip"))} kB JS gzip (${kb(som(gedeeld, "bytes"))} kB onverpakt).`,
  `- Zwaarste pagina: \`${zwaarste.pad}\` met ${kb(som(zwaarste.js, "gzip"))} kB JS gzip; ${boven.length === 0 ? `alle ${paginas.length} pagina's binnen het budget van ${budget} kB` : `**${boven.length} pagina's boven ${budget} kB**`}. Niet in de tabel: ${resourceRoutes} resource-routes (downloads, logout; geen JS) en ${layouts} layouts (root, regio, beheer; tellen mee bij hun pagina's).`,
  `- Grootste bestanden (gzip): ${alleJs
    .slice(0, 5)
    .map((b) => `\`${path.posix.basename(b.url)}\` ${kb(b.gzip)} kB`)
    .join(", ")}.`,
  "",
  `| route | pad | JS kB gzip | JS kB | CSS kB gzip | bestanden | budget ${budget} kB JS |`,
  "| --- | --- | ---: | ---: | ---: | ---: | --- |",
  ...paginas.map((p) => {
    const js = som(p.js, "gzip");
    const oordeel = js > budget * 1000 ? "**overschreden**" : "binnen";
    return `| \`${p.routeId}\` | \`${p.pad}\` | ${kb(js)} | ${kb(som(p.js, "bytes"))} | ${kb(som(p.css, "gzip"))} | ${p.js.length + p.css.length} | ${oordeel} |`;
  }),
];
if (boven.length > 0) {
  // What these pages load on top of the shared part, heaviest first: where the kilobytes come from.
  const gedeeldeUrls = new Set(gedeeld.map((b) => b.url));
  regels.push("", `Boven het budget, wat ze bovenop het gedeelde deel laden (gzip):`, "");
  for (const p of boven) {
    const eigen = p.js.filter((b) => !gedeeldeUrls.has(b.url)).sort((a, b) => b.gzip - a.gzip);
    regels.push(
      `- \`${p.pad}\`: ${kb(som(eigen, "gzip"))} kB — ${eigen
        .slice(0, 5)
        .map((b) => `\`${path.posix.basename(b.url)}\` ${kb(b.gzip)}`)
        .join(", ")}${eigen.length > 5 ? `, en ${eigen.length - 5} kleinere` : ""}`,
    );
  }
}
const markdown = regels.join("\n");
console.log(markdown);
schrijfSectie(values.rapport, values.label, markdown);
console.log(`\nGeschreven naar ${values.rapport}`);
if (boven.length > 0) process.exitCode = 1;
