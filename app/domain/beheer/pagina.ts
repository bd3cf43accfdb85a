/** The ?pagina= of a list: anything that is not a sensible page number means page 1. */
export function paginaUit(params: URLSearchParams): number {
  const waarde = params.get("pagina");
  if (!waarde || !/^\d{1,6}$/.test(waarde)) return 1;
  return Math.max(1, Number(waarde));
}

export function aantalPaginas(totaal: number, perPagina: number): number {
  return Math.max(1, Math.ceil(totaal / perPagina));
}
