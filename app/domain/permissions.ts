import type { Rol } from "../../db/enums";

/**
 * The one place that decides who may do what (DESIGN §4). Pure: it gets the actor and the
 * facts of the object, and answers yes or no. Loaders and actions ask it through the guards.
 */

export interface Rolrecht {
  regioId: number | null;
  rol: Rol;
  gemeenteId: number | null;
  organisatieId: number | null;
}

export interface Actor {
  id: number;
  rollen: Rolrecht[];
}

/** What the permission module needs to know of an actie. */
export interface ActieFeiten {
  regioId: number;
  niveau: "regionaal" | "lokaal";
  gemeenteId: number | null;
  trekkerGemeenteId: number | null;
  trekkerOrganisatieId: number | null;
  eigenaarId: number;
}

export type Recht =
  | { recht: "regio.bekijken"; regioId: number }
  | { recht: "visie.bewerken"; regioId: number }
  | { recht: "actie.bewerken"; actie: Omit<ActieFeiten, "eigenaarId" | "trekkerGemeenteId" | "trekkerOrganisatieId"> }
  | { recht: "voortgang.plaatsen"; actie: ActieFeiten }
  | { recht: "actualisatie.beheren"; regioId: number }
  | { recht: "reactie.plaatsen"; regioId: number }
  | { recht: "overleg.beheren"; regioId: number }
  | { recht: "lokaleKamer.bewerken"; regioId: number; gemeenteId: number }
  | { recht: "lokaleKamerSjabloon.bewerken"; regioId: number }
  | { recht: "gebruikers.beheren"; regioId: number }
  | { recht: "audit.lezen"; regioId: number }
  | { recht: "regios.beheren" }
  | { recht: "outbox.lezen" }
  /** Clearing someone's second factor: it is the way back in after a lost phone, so the beheerder only. */
  | { recht: "mfa.resetten" };

export function isBeheerder(actor: Actor): boolean {
  return actor.rollen.some((r) => r.rol === "beheerder");
}

/** The actor's role in a regio; a beheerder counts as beheerder everywhere. */
export function rolIn(actor: Actor, regioId: number): Rolrecht | null {
  const beheer = actor.rollen.find((r) => r.rol === "beheerder");
  if (beheer) return { ...beheer, regioId };
  return actor.rollen.find((r) => r.regioId === regioId) ?? null;
}

const COORDINEREND: readonly Rol[] = ["beheerder", "regiocoordinator"];
const GEMEENTELIJK: readonly Rol[] = ["gemeente", "procesregisseur"];

function coordineert(actor: Actor, regioId: number): boolean {
  const rol = rolIn(actor, regioId);
  return rol !== null && COORDINEREND.includes(rol.rol);
}

export function can(actor: Actor, vraag: Recht): boolean {
  switch (vraag.recht) {
    case "regio.bekijken":
      return rolIn(actor, vraag.regioId) !== null;

    case "visie.bewerken":
    case "actualisatie.beheren":
    case "overleg.beheren":
    case "lokaleKamerSjabloon.bewerken":
    case "gebruikers.beheren":
    case "audit.lezen":
      return coordineert(actor, vraag.regioId);

    case "actie.bewerken": {
      const { actie } = vraag;
      if (coordineert(actor, actie.regioId)) return true;
      const rol = rolIn(actor, actie.regioId);
      return (
        actie.niveau === "lokaal" &&
        rol !== null &&
        GEMEENTELIJK.includes(rol.rol) &&
        rol.gemeenteId !== null &&
        rol.gemeenteId === actie.gemeenteId
      );
    }

    case "voortgang.plaatsen": {
      const { actie } = vraag;
      if (coordineert(actor, actie.regioId)) return true;
      const rol = rolIn(actor, actie.regioId);
      if (!rol || rol.rol === "lezer") return false;
      if (actie.eigenaarId === actor.id) return true;
      if (GEMEENTELIJK.includes(rol.rol) && rol.gemeenteId !== null) {
        return rol.gemeenteId === actie.gemeenteId || rol.gemeenteId === actie.trekkerGemeenteId;
      }
      if (rol.rol === "partner" && rol.organisatieId !== null) {
        return rol.organisatieId === actie.trekkerOrganisatieId;
      }
      return false;
    }

    case "reactie.plaatsen": {
      const rol = rolIn(actor, vraag.regioId);
      if (!rol || isBeheerder(actor)) return false;
      return (
        (GEMEENTELIJK.includes(rol.rol) && rol.gemeenteId !== null) ||
        (rol.rol === "partner" && rol.organisatieId !== null)
      );
    }

    case "lokaleKamer.bewerken": {
      if (coordineert(actor, vraag.regioId)) return true;
      const rol = rolIn(actor, vraag.regioId);
      return rol !== null && GEMEENTELIJK.includes(rol.rol) && rol.gemeenteId === vraag.gemeenteId;
    }

    case "regios.beheren":
    case "outbox.lezen":
    case "mfa.resetten":
      return isBeheerder(actor);
  }
}

export const ROL_LABELS: Record<Rol, string> = {
  beheerder: "Beheerder",
  regiocoordinator: "Regiocoördinator",
  gemeente: "Gemeente",
  procesregisseur: "Procesregisseur",
  partner: "Ketenpartner",
  lezer: "Lezer (wethouder)",
};
