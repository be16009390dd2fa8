import type { ReactNode } from "react";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import { PlatformMark } from "./platform-mark";

/** The labelled box around one network's preview: "X · Thread of 3 · limit 280". */
export function PreviewFrame({ platform, label, detail, children }: { platform: PlatformId | "blog"; label?: string; detail?: string; children: ReactNode }) {
  const name = label ?? (platform === "blog" ? "Blog" : platformRules[platform].label);
  return (
    <section aria-label={`${name} preview`} className="flex flex-col gap-2">
      <header className="flex items-center gap-2 text-sm">
        <PlatformMark platform={platform} />
        <h3 className="font-semibold text-zinc-900">{name}</h3>
        {detail && <span className="text-xs text-zinc-500">· {detail}</span>}
      </header>
      {children}
    </section>
  );
}
