import routes from "../../app/routes";

export interface RouteInfo {
  /** Full URL pattern, e.g. "/r/:regio/acties/:id". */
  pad: string;
  /** Unique name in tables: the pattern, with " (index)" for index routes. */
  sleutel: string;
  /** Module path relative to app/, as in routes.ts. */
  file: string;
}

interface RouteConfigEntry {
  path?: string;
  file: string;
  index?: boolean;
  children?: RouteConfigEntry[];
}

function samenvoegen(basis: string, deel: string | undefined): string {
  if (!deel) return basis || "/";
  return `${basis.replace(/\/$/, "")}/${deel}`;
}

/** Every route of app/routes.ts with its full path; layouts are included with their own path. */
export function alleRoutes(): RouteInfo[] {
  const uit: RouteInfo[] = [];
  const loop = (entries: RouteConfigEntry[], basis: string) => {
    for (const entry of entries) {
      const pad = samenvoegen(basis, entry.path);
      uit.push({
        pad,
        sleutel: entry.index
          ? `${pad} (index)`
          : entry.path === undefined
            ? `(layout) ${entry.file}`
            : pad,
        file: entry.file,
      });
      if (entry.children) loop(entry.children, pad);
    }
  };
  loop(routes as RouteConfigEntry[], "");
  return uit;
}
