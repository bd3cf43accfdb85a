import "react-router";

declare module "react-router" {
  interface AppLoadContext {
    /** Client IP as seen by the server (behind a proxy only when TRUST_PROXY=1). */
    ip: string | null;
    cspNonce: string;
  }
}

export {};
