/**
 * Reads a form post of at most `max` bytes. A Content-Length above the limit is refused before a
 * single byte is read; a body without one (chunked) is counted while it streams in and dropped
 * as soon as it passes the limit, so a 50 MB upload is never held in memory.
 */

export type FormulierUitkomst = { ok: true; formData: FormData } | { ok: false; reden: "te-groot" | "onleesbaar" };

/** After the limit we keep reading (and discarding) a while, so the browser gets our answer instead of a reset connection. */
const WEGGOOIEN_TOT = 256 * 1024 * 1024;

export async function leesBegrensdFormulier(request: Request, max: number): Promise<FormulierUitkomst> {
  const opgegeven = request.headers.get("content-length");
  if (opgegeven !== null && Number(opgegeven) > max) return { ok: false, reden: "te-groot" };
  if (!request.body) return { ok: false, reden: "onleesbaar" };

  const lezer = request.body.getReader();
  const stukken: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    const { done, value } = await lezer.read();
    if (done) break;
    totaal += value.byteLength;
    if (totaal > max) {
      stukken.length = 0;
      if (totaal > WEGGOOIEN_TOT) {
        await lezer.cancel();
        return { ok: false, reden: "te-groot" };
      }
      continue;
    }
    stukken.push(value);
  }
  if (totaal > max) return { ok: false, reden: "te-groot" };

  const body = new Uint8Array(totaal);
  let plek = 0;
  for (const stuk of stukken) {
    body.set(stuk, plek);
    plek += stuk.byteLength;
  }
  try {
    const kopie = new Request(request.url, { method: request.method, headers: request.headers, body });
    return { ok: true, formData: await kopie.formData() };
  } catch {
    return { ok: false, reden: "onleesbaar" };
  }
}
