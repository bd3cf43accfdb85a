import type { ReactNode } from "react";

/**
 * A horizontally scrollable wrapper for wide tables on small screens. It is focusable and named,
 * so keyboard users can scroll it too (WCAG 2.1.1, axe "scrollable-region-focusable").
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
