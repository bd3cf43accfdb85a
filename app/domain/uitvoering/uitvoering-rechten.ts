import { can, type Actor } from "../permissions";

export interface UitvoeringFeiten {
  regioId: number;
  gemeenteId: number;
  eigenaarId: number | null;
}

/**
 * A gemeente's part of a per-gemeente actie is, for the permission module, a lokale actie of that
 * gemeente owned by the uitvoering's eigenaar: coordinators, the gemeente's own users and the
 * eigenaar may update it; lezers, partners and other gemeenten may not (DESIGN §4).
 */
export function magUitvoeringBijwerken(actor: Actor, uitvoering: UitvoeringFeiten): boolean {
  return can(actor, {
    recht: "voortgang.plaatsen",
    actie: {
      regioId: uitvoering.regioId,
      niveau: "lokaal",
      gemeenteId: uitvoering.gemeenteId,
      trekkerGemeenteId: null,
      trekkerOrganisatieId: null,
      // No eigenaar yet: nobody gets in as owner (database ids are positive).
      eigenaarId: uitvoering.eigenaarId ?? -1,
    },
  });
}

/** Marking an actie per gemeente, choosing the gemeenten and overriding its status: who may edit the regional actie. */
export function magUitvoeringInrichten(actor: Actor, regioId: number): boolean {
  return can(actor, { recht: "actie.bewerken", actie: { regioId, niveau: "regionaal", gemeenteId: null } });
}

/** Who can answer for a gemeente's part: its own staff, not its lezers (wethouders). */
export const EIGENAAR_ROLLEN = ["gemeente", "procesregisseur", "regiocoordinator"] as const;
