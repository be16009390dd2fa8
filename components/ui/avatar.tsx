import { cn } from "@/lib/utils";

const palettes = [
  "bg-brand-100 text-brand-700",
  "bg-emerald-100 text-emerald-700",
  "bg-amber-100 text-amber-800",
  "bg-sky-100 text-sky-700",
  "bg-rose-100 text-rose-700",
  "bg-violet-100 text-violet-700",
  "bg-teal-100 text-teal-700",
];

export function initialsOf(name: string | null | undefined, fallback = "?"): string {
  const words = (name ?? "").trim().split(/[\s@._-]+/).filter(Boolean);
  if (words.length === 0) return fallback;
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : (words[0]?.[1] ?? "");
  return (first + last).toUpperCase();
}

function paletteOf(seed: string): string {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return palettes[hash % palettes.length] ?? palettes[0]!;
}

/** A round avatar with initials, its colour derived from the name so it stays stable. */
export function Avatar({
  name,
  seed,
  size = "md",
  shape = "circle",
  className,
}: {
  name: string | null | undefined;
  seed?: string;
  size?: "sm" | "md" | "lg";
  shape?: "circle" | "square";
  className?: string;
}) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex shrink-0 items-center justify-center font-semibold select-none",
        shape === "circle" ? "rounded-full" : "rounded-lg",
        size === "sm" && "size-6 text-[10px]",
        size === "md" && "size-8 text-xs",
        size === "lg" && "size-10 text-sm",
        paletteOf(seed ?? name ?? "?"),
        className,
      )}
    >
      {initialsOf(name)}
    </span>
  );
}
