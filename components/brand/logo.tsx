import { cn } from "@/lib/utils";

/** Loomcast's mark: a loop with the point where a post leaves it. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={cn("size-7 shrink-0", className)}>
      <defs>
        <linearGradient id="loomcast-mark" x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor="oklch(0.673 0.182 276.935)" />
          <stop offset="1" stopColor="oklch(0.457 0.24 277.02)" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="9" fill="url(#loomcast-mark)" />
      <path
        d="M20.6 10.4A7.5 7.5 0 1 0 23.5 16"
        fill="none"
        stroke="white"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <path d="M13 16c0-1.66 1.34-3 3-3s3 1.34 3 3-1.34 3-3 3" fill="none" stroke="white" strokeOpacity=".7" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="23.2" cy="10.6" r="2.1" fill="white" />
    </svg>
  );
}

export function Logo({ className, markClassName }: { className?: string; markClassName?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <LogoMark className={markClassName} />
      <span className="text-[17px] font-semibold tracking-tight text-zinc-950">Loomcast</span>
    </span>
  );
}
