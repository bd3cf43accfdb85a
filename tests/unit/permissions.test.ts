import { describe, expect, it } from "vitest";
import { can, type Actor, type ActieFeiten, type Recht } from "../../app/domain/permissions";

// Two regio's: 1 (Hollands Midden, gemeenten 10 = Voorschoten, 11 = Leiden; organisatie 20 = Veilig Thuis)
// and 2 (Haaglanden). Ids are only facts here: the module is pure.
const HM = 1;
const HAAGLANDEN = 2;
const VOORSCHOTEN = 10;
const LEIDEN = 11;
const VEILIG_THUIS = 20;

const actors = {
  beheerder: { id: 1, rollen: [{ regioId: null, rol: "beheerder", gemeenteId: null, organisatieId: null }] },
  regiocoordinator: { id: 2, rollen: [{ regioId: HM, rol: "regiocoordinator", gemeenteId: LEIDEN, organisatieId: null }] },
  gemeente: { id: 3, rollen: [{ regioId: HM, rol: "gemeente", gemeenteId: VOORSCHOTEN, organisatieId: null }] },
  procesregisseur: { id: 4, rollen: [{ regioId: HM, rol: "procesregisseur", gemeenteId: VOORSCHOTEN, organisatieId: null }] },
  partner: { id: 5, rollen: [{ regioId: HM, rol: "partner", gemeenteId: null, organisatieId: VEILIG_THUIS }] },
  lezer: { id: 6, rollen: [{ regioId: HM, rol: "lezer", gemeenteId: LEIDEN, organisatieId: null }] },
  andereRegio: { id: 7, rollen: [{ regioId: HAAGLANDEN, rol: "regiocoordinator", gemeenteId: null, organisatieId: null }] },
} satisfies Record<string, Actor>;

type Naam = keyof typeof actors;
const ROLLEN = Object.keys(actors) as Naam[];

function alleen(...namen: Naam[]): Record<Naam, boolean> {
  return Object.fromEntries(ROLLEN.map((n) => [n, namen.includes(n)])) as Record<Naam, boolean>;
}

const regionaleActie: ActieFeiten = {
  regioId: HM, niveau: "regionaal", gemeenteId: null, trekkerGemeenteId: LEIDEN, trekkerOrganisatieId: null, eigenaarId: 2,
};
const lokaleActieVoorschoten: ActieFeiten = {
  regioId: HM, niveau: "lokaal", gemeenteId: VOORSCHOTEN, trekkerGemeenteId: VOORSCHOTEN, trekkerOrganisatieId: null, eigenaarId: 3,
};
const lokaleActieLeiden: ActieFeiten = {
  regioId: HM, niveau: "lokaal", gemeenteId: LEIDEN, trekkerGemeenteId: LEIDEN, trekkerOrganisatieId: null, eigenaarId: 2,
};
const actieVeiligThuis: ActieFeiten = {
  regioId: HM, niveau: "regionaal", gemeenteId: null, trekkerGemeenteId: null, trekkerOrganisatieId: VEILIG_THUIS, eigenaarId: 2,
};
const actieVanProcesregisseurInLeiden: ActieFeiten = { ...lokaleActieLeiden, eigenaarId: 4 };

// DESIGN §4, row by row.
const tabel: [string, Recht, Record<Naam, boolean>][] = [
  ["ziet de regio", { recht: "regio.bekijken", regioId: HM }, alleen("beheerder", "regiocoordinator", "gemeente", "procesregisseur", "partner", "lezer")],
  ["bewerkt de visie", { recht: "visie.bewerken", regioId: HM }, alleen("beheerder", "regiocoordinator")],
  ["bewerkt een regionale actie", { recht: "actie.bewerken", actie: regionaleActie }, alleen("beheerder", "regiocoordinator")],
  ["bewerkt een lokale actie van de eigen gemeente", { recht: "actie.bewerken", actie: lokaleActieVoorschoten }, alleen("beheerder", "regiocoordinator", "gemeente", "procesregisseur")],
  ["bewerkt een lokale actie van een andere gemeente", { recht: "actie.bewerken", actie: lokaleActieLeiden }, alleen("beheerder", "regiocoordinator")],
  ["plaatst voortgang op een actie van de eigen gemeente", { recht: "voortgang.plaatsen", actie: lokaleActieVoorschoten }, alleen("beheerder", "regiocoordinator", "gemeente", "procesregisseur")],
  ["plaatst voortgang op een regionale actie van een ander", { recht: "voortgang.plaatsen", actie: regionaleActie }, alleen("beheerder", "regiocoordinator")],
  ["plaatst voortgang op een actie van de eigen organisatie", { recht: "voortgang.plaatsen", actie: actieVeiligThuis }, alleen("beheerder", "regiocoordinator", "partner")],
  ["plaatst voortgang op een eigen actie buiten de eigen gemeente", { recht: "voortgang.plaatsen", actie: actieVanProcesregisseurInLeiden }, alleen("beheerder", "regiocoordinator", "procesregisseur")],
  ["beheert de actualisatie", { recht: "actualisatie.beheren", regioId: HM }, alleen("beheerder", "regiocoordinator")],
  ["plaatst een reactie op een plan ter afstemming", { recht: "reactie.plaatsen", regioId: HM }, alleen("gemeente", "procesregisseur", "partner")],
  ["leidt een overleg", { recht: "overleg.beheren", regioId: HM }, alleen("beheerder", "regiocoordinator")],
  ["bewerkt de lokale kamer van de eigen gemeente", { recht: "lokaleKamer.bewerken", regioId: HM, gemeenteId: VOORSCHOTEN }, alleen("beheerder", "regiocoordinator", "gemeente", "procesregisseur")],
  ["bewerkt de lokale kamer van een andere gemeente", { recht: "lokaleKamer.bewerken", regioId: HM, gemeenteId: LEIDEN }, alleen("beheerder", "regiocoordinator")],
  ["bewerkt het mijlpalensjabloon van de lokale kamers", { recht: "lokaleKamerSjabloon.bewerken", regioId: HM }, alleen("beheerder", "regiocoordinator")],
  ["nodigt gebruikers uit en beheert ze", { recht: "gebruikers.beheren", regioId: HM }, alleen("beheerder", "regiocoordinator")],
  ["leest het auditlog", { recht: "audit.lezen", regioId: HM }, alleen("beheerder", "regiocoordinator")],
  ["beheert regio's", { recht: "regios.beheren" }, alleen("beheerder")],
  ["leest de outbox", { recht: "outbox.lezen" }, alleen("beheerder")],
  ["reset de tweestapsverificatie van een gebruiker", { recht: "mfa.resetten" }, alleen("beheerder")],
];

describe("permissiemodule (DESIGN §4)", () => {
  for (const [omschrijving, vraag, verwacht] of tabel) {
    for (const naam of ROLLEN) {
      it(`${naam} ${verwacht[naam] ? "mag" : "mag niet"}: ${omschrijving}`, () => {
        expect(can(actors[naam], vraag)).toBe(verwacht[naam]);
      });
    }
  }

  it("geeft een gebruiker van een andere regio nergens rechten in Hollands Midden", () => {
    const vragen: Recht[] = tabel.map(([, vraag]) => vraag).filter((v) => v.recht !== "regios.beheren" && v.recht !== "outbox.lezen");
    expect(vragen.some((vraag) => can(actors.andereRegio, vraag))).toBe(false);
  });

  it("geeft de eigen rechten terug voor de eigen regio van een gebruiker van een andere regio", () => {
    expect(can(actors.andereRegio, { recht: "visie.bewerken", regioId: HAAGLANDEN })).toBe(true);
  });

  it("laat een gebruiker met rollen in twee regio's per regio de juiste rol gebruiken", () => {
    const dubbel: Actor = {
      id: 9,
      rollen: [
        { regioId: HM, rol: "lezer", gemeenteId: null, organisatieId: null },
        { regioId: HAAGLANDEN, rol: "regiocoordinator", gemeenteId: null, organisatieId: null },
      ],
    };
    expect(can(dubbel, { recht: "visie.bewerken", regioId: HM })).toBe(false);
    expect(can(dubbel, { recht: "visie.bewerken", regioId: HAAGLANDEN })).toBe(true);
  });
});
