/** Previous/next links that keep the other query parameters (filters) of the page. */
export function Paginering({
  pagina,
  aantal,
  zoek,
  label,
}: {
  pagina: number;
  aantal: number;
  zoek: string;
  label: string;
}) {
  if (aantal <= 1) return null;
  const naar = (p: number) => {
    const params = new URLSearchParams(zoek);
    params.set("pagina", String(p));
    return `?${params.toString()}`;
  };
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-4">
      {pagina > 1 ? (
        <a href={naar(pagina - 1)} className="inline-flex min-h-11 items-center">
          Vorige pagina
        </a>
      ) : null}
      <p>
        Pagina {pagina} van {aantal}
      </p>
      {pagina < aantal ? (
        <a href={naar(pagina + 1)} className="inline-flex min-h-11 items-center">
          Volgende pagina
        </a>
      ) : null}
    </nav>
  );
}
