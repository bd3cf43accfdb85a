/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same dataset on every
 * machine, so benchmark results can be compared between runs.
 */
export class Willekeur {
  private staat: number;

  constructor(zaad: number) {
    this.staat = zaad >>> 0;
  }

  /** A float in [0, 1). */
  getal(): number {
    this.staat = (this.staat + 0x6d2b79f5) >>> 0;
    let t = this.staat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [van, tot], both included. */
  geheel(van: number, tot: number): number {
    return van + Math.floor(this.getal() * (tot - van + 1));
  }

  kans(p: number): boolean {
    return this.getal() < p;
  }

  kies<T>(lijst: readonly T[]): T {
    return lijst[Math.floor(this.getal() * lijst.length)];
  }

  /** Picks a key with probability proportional to its weight. */
  gewogen<K extends string>(gewichten: Readonly<Record<K, number>>): K {
    const paren = Object.entries(gewichten) as [K, number][];
    let rest = this.getal() * paren.reduce((som, [, g]) => som + g, 0);
    for (const [sleutel, gewicht] of paren) {
      rest -= gewicht;
      if (rest < 0) return sleutel;
    }
    return paren[paren.length - 1][0];
  }

  /** `aantal` different elements, in random order. */
  trek<T>(lijst: readonly T[], aantal: number): T[] {
    const kopie = [...lijst];
    for (let i = kopie.length - 1; i > 0; i--) {
      const j = Math.floor(this.getal() * (i + 1));
      [kopie[i], kopie[j]] = [kopie[j], kopie[i]];
    }
    return kopie.slice(0, aantal);
  }
}
