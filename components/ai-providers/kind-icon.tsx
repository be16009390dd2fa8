import { Asterisk, Gem, Server, Sparkles } from "lucide-react";
import { kindInfo, type ProviderKind } from "@/lib/ai-providers/kinds";
import { cn } from "@/lib/utils";

const looks: Record<ProviderKind, { icon: typeof Server; className: string }> = {
  openai: { icon: Sparkles, className: "bg-emerald-50 text-emerald-700 ring-emerald-200" },
  anthropic: { icon: Asterisk, className: "bg-orange-50 text-orange-700 ring-orange-200" },
  google: { icon: Gem, className: "bg-sky-50 text-sky-700 ring-sky-200" },
  "openai-compatible": { icon: Server, className: "bg-violet-50 text-violet-700 ring-violet-200" },
};

/** A small tile that tells the provider kinds apart at a glance (the kind's name is its accessible label). */
export function KindIcon({ kind, className }: { kind: ProviderKind; className?: string }) {
  const { icon: Icon, className: look } = looks[kind];
  return (
    <span role="img" aria-label={kindInfo[kind].label} className={cn("flex size-9 shrink-0 items-center justify-center rounded-lg ring-1 ring-inset [&_svg]:size-4", look, className)}>
      <Icon aria-hidden />
    </span>
  );
}
