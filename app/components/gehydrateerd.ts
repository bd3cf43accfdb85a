import { useSyncExternalStore } from "react";

const nietsTeVolgen = () => () => {};

/**
 * False during the server render and hydration, true once React runs in the browser. Forms use
 * it to tell the action that a fetcher awaits data, so without JS a plain POST still redirects.
 */
export function useGehydrateerd(): boolean {
  return useSyncExternalStore(
    nietsTeVolgen,
    () => true,
    () => false,
  );
}
