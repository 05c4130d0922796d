import type { ReactNode } from "react";

/** The narrow centred panel that every sign-in and account-recovery page uses. */
export function AuthCard({ title, intro, children }: { title: string; intro?: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
        {intro && <p className="text-sm text-slate-700">{intro}</p>}
      </header>
      {children}
    </div>
  );
}

export function Notice({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "error" }) {
  const colors = tone === "success" ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900";
  return <p role="status" className={`rounded-md border px-3 py-2 text-sm ${colors}`}>{children}</p>;
}
