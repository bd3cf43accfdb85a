// The npm registry mirror on our build machines has no packages for other platforms, so npm 11
// leaves their optional entries out of package-lock.json, and `npm ci` then refuses the lock file
// ("Missing: @rollup/rollup-darwin-arm64@ from lock file"). This adds those entries, with the
// version the parent asks for and the os/cpu that make npm skip them here, without downloading.
// Run after changing dependencies: `node scripts/lockfile-platform-entries.mjs`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const LOCK = "package-lock.json";

function missing() {
  try {
    execFileSync("npm", ["ci", "--dry-run", "--ignore-scripts"], { stdio: "pipe" });
    return [];
  } catch (error) {
    const out = String(error.stderr ?? "") + String(error.stdout ?? "");
    return [...out.matchAll(/Missing: (@?[^@\s]+)@\S* from lock file/g)].map((m) => m[1]);
  }
}

const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "sunos", "win32", "aix", "netbsd", "wasm32"];
const CPU = { arm64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", loong64: "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", wasi: "wasm32" };

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpuPart = parts.find((p) => p in CPU);
  const entry = {};
  if (os === "wasm32" || cpuPart === "wasi") entry.cpu = ["wasm32"];
  else {
    if (os) entry.os = [os];
    if (cpuPart) entry.cpu = [CPU[cpuPart]];
  }
  if (parts.includes("musl") || parts.includes("musleabihf")) entry.libc = ["musl"];
  if (parts.includes("gnu") || parts.includes("gnueabihf")) entry.libc = ["glibc"];
  return entry;
}

const names = missing();
if (names.length === 0) {
  console.log("package-lock.json is compleet.");
  process.exit(0);
}
const lock = JSON.parse(fs.readFileSync(LOCK, "utf8"));
for (const name of names) {
  const parent = Object.entries(lock.packages).find(([, p]) => p.optionalDependencies?.[name]);
  if (!parent) throw new Error(`Geen pakket vraagt om ${name}`);
  const [, p] = parent;
  lock.packages[`node_modules/${name}`] = {
    version: p.optionalDependencies[name],
    ...platformOf(name),
    ...(p.dev ? { dev: true } : {}),
    optional: true,
  };
  console.log(`toegevoegd: ${name}@${p.optionalDependencies[name]}`);
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync(LOCK, JSON.stringify(lock, null, 2) + "\n");
const rest = missing();
if (rest.length > 0) throw new Error(`Nog steeds ontbrekend: ${rest.join(", ")}`);
