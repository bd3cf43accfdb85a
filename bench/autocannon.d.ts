// The part of autocannon's API that bench/ uses; the package ships no types and @types/autocannon
// would be one more dependency for a dev-only script.
declare module "autocannon" {
  interface Verzoek {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }

  interface Opties {
    url: string;
    connections?: number;
    duration?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: (Verzoek & { setupRequest?: (verzoek: Verzoek) => Verzoek })[];
  }

  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  interface Resultaat {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { sent: number };
    throughput: Histogram;
  }

  function autocannon(opties: Opties): Promise<Resultaat>;
  export default autocannon;
  export type { Opties, Resultaat, Verzoek };
}
