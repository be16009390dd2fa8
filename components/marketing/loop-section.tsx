import { ChartLine, PenLine, Send, Sparkles } from "lucide-react";

const steps = [
  {
    icon: Sparkles,
    name: "Generate",
    text: "Pick a topic, a format and your channels. Loomcast researches, outlines, drafts and checks each piece against your brand voice and word count.",
  },
  {
    icon: PenLine,
    name: "Review",
    text: "Drafts wait for the right people. Reviewers approve, edit or send back with comments — and the next draft takes the feedback on board.",
  },
  {
    icon: Send,
    name: "Publish",
    text: "Approved posts go out on schedule to your blog and social channels, with retries, rate limits and a clear reason when something fails.",
  },
  {
    icon: ChartLine,
    name: "Learn",
    text: "Engagement is measured at 6, 24 and 72 hours. The hooks, formats and posting times that work steer what gets written next.",
  },
];

export function LoopSection() {
  return (
    <section id="loop" aria-labelledby="loop-title" className="scroll-mt-20 border-y border-zinc-200/70 bg-zinc-50 py-24">
      <div className="mx-auto max-w-6xl px-6">
        <div className="max-w-2xl">
          <p className="text-sm font-semibold text-brand-600">How it works</p>
          <h2 id="loop-title" className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950 sm:text-4xl">
            One loop, from idea to insight
          </h2>
          <p className="mt-4 text-lg leading-8 text-zinc-600">
            Most tools stop at the draft. Loomcast closes the loop, so every week&apos;s content is a little better
            than the last.
          </p>
        </div>
        <ol className="mt-14 grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {steps.map((step, i) => (
            <li key={step.name} className="relative rounded-2xl border border-zinc-200/80 bg-white p-6 shadow-xs">
              <div className="flex items-center justify-between">
                <span className="flex size-10 items-center justify-center rounded-xl bg-brand-50 text-brand-600 ring-1 ring-brand-100">
                  <step.icon aria-hidden className="size-5" />
                </span>
                <span className="font-mono text-xs text-zinc-400">0{i + 1}</span>
              </div>
              <h3 className="mt-5 text-base font-semibold text-zinc-950">{step.name}</h3>
              <p className="mt-2 text-sm leading-6 text-zinc-600">{step.text}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
