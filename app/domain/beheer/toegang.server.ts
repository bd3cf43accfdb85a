import { data } from "react-router";
import type { Sessiegebruiker } from "../../auth/guards.server";
import { requirePermission } from "../../auth/guards.server";
import { can, isBeheerder, type Recht } from "../permissions";

/**
 * Which part of the beheer section a user may see: a beheerder sees every regio, a regiocoördinator
 * only the regio's they coordinate. Every beheer query takes this scope, so a coordinator can never
 * reach another regio's data, whatever id ends up in the URL or form.
 */
export interface BeheerScope {
  gebruikerId: number;
  beheerder: boolean;
  /** The regio's the user coordinates; empty for a beheerder, who is not limited to a list. */
  regioIds: number[];
}

export function beheerScope(user: Sessiegebruiker): BeheerScope {
  const beheerder = isBeheerder(user);
  const regioIds = beheerder
    ? []
    : user.rollen
        .map((r) => r.regioId)
        .filter((id): id is number => id !== null && can(user, { recht: "gebruikers.beheren", regioId: id }));
  return { gebruikerId: user.id, beheerder, regioIds };
}

export function magRegio(scope: BeheerScope, regioId: number | null): boolean {
  if (scope.beheerder) return true;
  return regioId !== null && scope.regioIds.includes(regioId);
}

/** Throws 403 (and logs the refusal) unless the user is a beheerder or coordinates at least one regio. */
export function requireBeheerScope(user: Sessiegebruiker): BeheerScope {
  const scope = beheerScope(user);
  if (scope.beheerder || scope.regioIds.length > 0) return scope;
  const eersteRegio = user.rollen.find((r) => r.regioId !== null)?.regioId ?? null;
  // No regio to ask about: the permission module refuses, requirePermission logs and throws.
  requirePermission(user, { recht: "gebruikers.beheren", regioId: eersteRegio ?? 0 }, eersteRegio);
  throw data("U heeft geen toegang tot deze pagina of handeling.", { status: 403 });
}

/** For the pages of one beheerder-only right (regio's, outbox). */
export function requireBeheerder(user: Sessiegebruiker, vraag: Extract<Recht, { recht: "regios.beheren" | "outbox.lezen" }>): void {
  requirePermission(user, vraag, null);
}
