import { AudioLines, History, ShieldCheck, Sparkles } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const points: Array<{ icon: ReactNode; title: string; text: string }> = [
  { icon: <Sparkles />, title: "Drafts that sound like you", text: "Every blog post, social post and thread starts from your voice, audience and example posts." },
  { icon: <ShieldCheck />, title: "Guardrails on every post", text: "Words and claims to avoid are checked before anything reaches review." },
  { icon: <History />, title: "Every change kept", text: "Each save is a new version. See who changed what, and restore any version." },
];

/** A workspace without a brand book: why it matters, and (for owners and admins) where to start. */
export function BrandEmptyState({ onStart, editors }: { onStart?: () => void; editors?: ReactNode }) {
  return (
    <Card className="overflow-hidden">
      <div className="bg-gradient-to-b from-brand-50/70 to-white px-6 pt-10 pb-8 text-center sm:px-10">
        <div className="mx-auto mb-5 flex size-12 items-center justify-center rounded-2xl border border-brand-100 bg-white text-brand-600 shadow-xs [&_svg]:size-6">
          <AudioLines aria-hidden />
        </div>
        <h2 className="text-xl font-semibold tracking-tight text-zinc-950">Loomcast writes in this voice</h2>
        <p className="mx-auto mt-2 max-w-xl text-[15px] leading-6 text-zinc-600">
          The brand book tells every writer — a model or the built-in offline writer — how you sound, who you talk to, what you talk about
          and what you never say. Without it, drafts come out generic.
        </p>
        {onStart ? (
          <Button size="lg" className="mt-6" onClick={onStart}>
            Define your brand voice
          </Button>
        ) : (
          <p className="mx-auto mt-5 max-w-md text-sm text-zinc-500">No brand voice has been defined yet. {editors}</p>
        )}
      </div>
      <ul className="grid gap-px border-t border-zinc-100 bg-zinc-100 sm:grid-cols-3">
        {points.map((p) => (
          <li key={p.title} className="bg-white px-6 py-5">
            <span aria-hidden className="mb-3 flex size-8 items-center justify-center rounded-lg bg-zinc-50 text-zinc-500 [&_svg]:size-4">
              {p.icon}
            </span>
            <p className="text-sm font-medium text-zinc-900">{p.title}</p>
            <p className="mt-1 text-[13px] leading-5 text-zinc-500">{p.text}</p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
