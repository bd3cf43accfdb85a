import { eq, sql } from "drizzle-orm";
import { data, redirect, type AppLoadContext } from "react-router";
import { db } from "../../db";
import { preparedPerConnection } from "../../db/prepared";
import { regio } from "../../db/schema";
import { writeAudit } from "../domain/audit.server";
import { can, type Recht } from "../domain/permissions";
import { getHalveLogin, getUser, type HalveLogin, type Sessiegebruiker } from "./current-user.server";
import { mfaStapPad } from "./redirect-doel";

export type { Sessiegebruiker };

function ipOf(context: AppLoadContext | undefined): string | null {
  return context?.ip ?? null;
}

/**
 * The signed-in user, or a redirect to /login that brings them back here afterwards. A login
 * that still waits for its second factor goes back to that step instead of to /login.
 */
export function requireUser(request: Request, context?: AppLoadContext): Sessiegebruiker {
  const user = getUser(request, ipOf(context));
  if (user) return user;
  const url = new URL(request.url);
  const isPost = request.method !== "GET" && request.method !== "HEAD";
  const back = isPost ? "/" : url.pathname + url.search;
  const halve = getHalveLogin(request);
  if (halve) throw redirect(mfaStapPad(halve.stap, back));
  throw redirect(back === "/" ? "/login" : `/login?redirectTo=${encodeURIComponent(back)}`);
}

/** For /login and the like. A half login counts as anonymous: one may start the login over. */
export function requireAnonymous(request: Request): void {
  if (getUser(request)) throw redirect("/");
}

/** For the MFA steps of a login: the half login, or null; someone fully signed in goes home. */
export function halveLoginOf(request: Request): HalveLogin | null {
  if (getUser(request)) throw redirect("/");
  return getHalveLogin(request);
}

export interface RegioContext {
  id: number;
  slug: string;
  naam: string;
  isDemo: boolean;
  nietBijgewerktWeken: number;
}

// Every regio page looks up its regio (layout and page loader both): prepared once.
const regioQuery = preparedPerConnection((d) =>
  d
    .select({
      id: regio.id,
      slug: regio.slug,
      naam: regio.naam,
      isDemo: regio.isDemo,
      nietBijgewerktWeken: regio.nietBijgewerktWeken,
    })
    .from(regio)
    .where(eq(regio.slug, sql.placeholder("slug")))
    .prepare(),
);

/** The regio of the URL, if the user may see it: 404 when it does not exist, 403 otherwise. */
export function requireRegio(user: Sessiegebruiker, slug: string | undefined): RegioContext {
  const row = slug ? regioQuery().get({ slug }) : undefined;
  if (!row) throw data("Deze regio bestaat niet.", { status: 404 });
  requirePermission(user, { recht: "regio.bekijken", regioId: row.id }, row.id);
  return row;
}

/** Throws 403 (and logs the refusal) unless the permission module allows it. */
export function requirePermission(user: Sessiegebruiker, vraag: Recht, regioId: number | null = null): void {
  if (can(user, vraag)) return;
  writeAudit(db, {
    regioId,
    gebruikerId: user.id,
    ip: user.ip,
    entiteit: "autorisatie",
    actie: vraag.recht,
    resultaat: "geweigerd",
  });
  throw data("U heeft geen toegang tot deze pagina of handeling.", { status: 403 });
}
