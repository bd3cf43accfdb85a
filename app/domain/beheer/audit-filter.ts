/** Audit log paging and filter values, shared by the server query and the filter form. */
export const AUDIT_PER_PAGINA = 100;
export const AUDIT_RESULTATEN = ["ok", "geweigerd", "mislukt"] as const;
