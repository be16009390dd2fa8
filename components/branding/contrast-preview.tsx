"use client";

import { contrastRatio, minimumTextContrast, normaliseHex } from "@/lib/branding/color";

/** A button in the chosen colours with its contrast ratio, announced as it changes. */
export function ContrastPreview({ primary, foreground, productName }: { primary: string; foreground: string; productName: string }) {
  const bg = normaliseHex(primary);
  const fg = normaliseHex(foreground);
  const ratio = bg && fg ? contrastRatio(fg, bg) : null;
  const ok = ratio !== null && ratio >= minimumTextContrast;
  return (
    <div className="flex flex-col justify-end gap-2">
      <span
        aria-hidden
        className="inline-flex h-10 items-center justify-center rounded-lg px-4 text-sm font-semibold"
        style={bg && fg ? { background: bg, color: fg } : undefined}
      >
        Open {productName}
      </span>
      <p aria-live="polite" className={ok ? "text-[13px] text-emerald-700" : "text-[13px] text-red-700"}>
        {ratio === null
          ? "Enter colours as hex codes like #1d4ed8."
          : `Contrast ${ratio.toFixed(1)}:1 — ${ok ? "readable" : `needs at least ${minimumTextContrast}:1`}`}
      </p>
    </div>
  );
}
