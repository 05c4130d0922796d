"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";

const noSubscription = () => () => {};

interface Props {
  label: string;
  /** Shown on the button itself (the unread count), so it is not hidden behind the menu. */
  badge?: ReactNode;
  children: ReactNode;
}

/**
 * The signed-in links on narrow screens, behind one button. A <details> element, so it opens
 * and closes without JavaScript; the script adds what <details> lacks: the expanded state on the
 * button for every screen reader, Escape and a click outside to close it, and closing after a
 * link navigates (the header itself is not rendered again on client navigation).
 */
export function HeaderMenu({ label, badge, children }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // False on the server and until hydration: without the script, <details> states its own
  // expanded state, and a fixed aria-expanded="false" would contradict it once opened.
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);

  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (details.current && !details.current.contains(event.target as Node)) details.current.open = false;
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== "Escape" || !details.current?.open) return;
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  };

  return (
    <details ref={details} className="group lg:hidden" onToggle={(event) => setOpen(event.currentTarget.open)} onKeyDown={onKeyDown}>
      <summary
        aria-expanded={scripted ? open : undefined}
        className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-white/40 px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white [&::-webkit-details-marker]:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path className="group-open:hidden" d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
          <path className="hidden group-open:block" d="M5.05 3.64 10 8.59l4.95-4.95 1.41 1.41L11.41 10l4.95 4.95-1.41 1.41L10 11.41l-4.95 4.95-1.41-1.41L8.59 10 3.64 5.05z" />
        </svg>
        {label}
        {badge}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-brand-800 bg-brand-900 px-4 pt-2 pb-4 shadow-lg sm:px-6">
        {children}
      </div>
    </details>
  );
}
