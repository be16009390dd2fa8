import { Building2, CalendarClock, MessageSquareQuote, ScrollText, ShieldCheck, UsersRound } from "lucide-react";

const features = [
  {
    icon: MessageSquareQuote,
    title: "Your voice, not a template",
    text: "Describe your tone, audience and the words you never use. Every draft is checked against them before anyone sees it.",
  },
  {
    icon: UsersRound,
    title: "Approvals with real roles",
    text: "Owners, admins, editors, reviewers and viewers. Nothing is published without an approval on record.",
  },
  {
    icon: CalendarClock,
    title: "Scheduled, reliably",
    text: "Queue posts across channels. Failed deliveries retry on their own and tell you why when they can't.",
  },
  {
    icon: Building2,
    title: "Built for agencies",
    text: "One workspace per client under one organization, with white-label branding and custom domains.",
  },
  {
    icon: ScrollText,
    title: "A full audit trail",
    text: "Who invited whom, who approved what, who changed which setting — filterable and kept for good.",
  },
  {
    icon: ShieldCheck,
    title: "Secure by default",
    text: "Every workspace is walled off from the others. Sign-in attempts are rate-limited and every change is recorded.",
  },
];

export function Features() {
  return (
    <section id="features" aria-labelledby="features-title" className="scroll-mt-20 py-24">
      <div className="mx-auto max-w-6xl px-6">
        <div className="mx-auto max-w-2xl text-center">
          <p className="text-sm font-semibold text-brand-600">Features</p>
          <h2 id="features-title" className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950 sm:text-4xl">
            Everything a content team needs, nothing it doesn&apos;t
          </h2>
        </div>
        <div className="mt-14 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {features.map((f) => (
            <div key={f.title}>
              <span className="flex size-10 items-center justify-center rounded-xl border border-zinc-200 bg-white text-zinc-700 shadow-xs">
                <f.icon aria-hidden className="size-5" />
              </span>
              <h3 className="mt-4 text-base font-semibold text-zinc-950">{f.title}</h3>
              <p className="mt-2 text-sm leading-6 text-zinc-600">{f.text}</p>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
