import type { Rol } from "../../db/schema";

// BIO and OWASP ASVS L2: accounts that can change a whole regio (or every regio) need a second
// factor. For the other roles it is a choice in Mijn account.
const MFA_VERPLICHT_VOOR: readonly Rol[] = ["beheerder", "regiocoordinator"];

/** Whether someone with these memberships must use two-step verification; one role is enough. */
export function isMfaVerplicht(rollen: readonly { rol: Rol }[]): boolean {
  return rollen.some((r) => MFA_VERPLICHT_VOOR.includes(r.rol));
}
