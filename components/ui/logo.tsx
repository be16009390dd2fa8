import { cn } from "@/lib/utils";

/**
 * Loomcast's mark: a loop with the point where a post leaves it. The gradient is CSS, not an
 * SVG <defs> id, so several marks on one page (one of them hidden) all render.
 */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span
      aria-hidden
      className={cn(
        "inline-flex size-7 shrink-0 items-center justify-center rounded-[28%] bg-linear-135 from-brand-400 to-brand-700 shadow-sm shadow-brand-900/20",
        className,
      )}
    >
      <svg viewBox="0 0 32 32" className="size-full">
        <path d="M20.6 10.4A7.5 7.5 0 1 0 23.5 16" fill="none" stroke="white" strokeWidth="2.6" strokeLinecap="round" />
        <path
          d="M13 16c0-1.66 1.34-3 3-3s3 1.34 3 3-1.34 3-3 3"
          fill="none"
          stroke="white"
          strokeOpacity=".7"
          strokeWidth="2.2"
          strokeLinecap="round"
        />
        <circle cx="23.2" cy="10.6" r="2.1" fill="white" />
      </svg>
    </span>
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
