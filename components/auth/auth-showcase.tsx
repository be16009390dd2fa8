import { Check, ChartLine, PenLine, Send, Sparkles } from "lucide-react";

const loop = [
  { icon: Sparkles, label: "Generate" },
  { icon: PenLine, label: "Review" },
  { icon: Send, label: "Publish" },
  { icon: ChartLine, label: "Learn" },
];

/** The right half of the auth screens: a glimpse of the product, not a stock photo. */
export function AuthShowcase() {
  return (
    <aside
      aria-hidden
      className="relative hidden overflow-hidden bg-brand-950 lg:flex lg:flex-col lg:justify-center lg:px-14 xl:px-20"
    >
      <div className="absolute inset-0 bg-[radial-gradient(60%_50%_at_70%_10%,oklch(0.511_0.262_276.97/0.55),transparent),radial-gradient(50%_40%_at_10%_90%,oklch(0.585_0.233_277.1/0.35),transparent)]" />
      <div className="absolute inset-0 bg-[linear-gradient(to_right,rgb(255_255_255/0.04)_1px,transparent_1px),linear-gradient(to_bottom,rgb(255_255_255/0.04)_1px,transparent_1px)] bg-[size:40px_40px] [mask-image:radial-gradient(ellipse_at_center,black,transparent_75%)]" />
      <div className="relative mx-auto w-full max-w-[520px]">
        <p className="text-[13px] font-medium tracking-wide text-brand-200 uppercase">The content loop</p>
        <h2 className="mt-3 text-[32px] leading-[1.15] font-semibold tracking-tight text-white">
          Posts in your brand voice. Approved by people. Better every week.
        </h2>
        <ol className="mt-8 flex items-center gap-2">
          {loop.map(({ icon: Icon, label }, i) => (
            <li key={label} className="flex items-center gap-2">
              <span className="inline-flex items-center gap-1.5 rounded-full border border-white/15 bg-white/5 px-3 py-1.5 text-[13px] font-medium text-white/90">
                <Icon className="size-3.5 text-brand-300" />
                {label}
              </span>
              {i < loop.length - 1 && <span className="h-px w-3 bg-white/25" />}
            </li>
          ))}
        </ol>

        <div className="mt-10 rounded-2xl border border-white/10 bg-white p-5 shadow-2xl shadow-black/40">
          <div className="flex items-center justify-between">
            <div className="flex items-center gap-2.5">
              <span className="flex size-8 items-center justify-center rounded-lg bg-emerald-100 text-xs font-semibold text-emerald-700">
                NB
              </span>
              <div>
                <p className="text-sm font-semibold text-zinc-900">Northwind Bakery</p>
                <p className="text-xs text-zinc-500">LinkedIn · Thu 9:30</p>
              </div>
            </div>
            <span className="rounded-full border border-amber-200 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800">
              In review
            </span>
          </div>
          <p className="mt-4 text-[13.5px] leading-6 text-zinc-700">
            Sourdough takes 36 hours. We think that&apos;s the point. Here&apos;s what our bakers do while the dough
            rests — and why it matters for the loaf on your table tomorrow.
          </p>
          <div className="mt-4 flex items-center justify-between border-t border-zinc-100 pt-4">
            <div className="flex -space-x-1">
              {["bg-brand-100 text-brand-700", "bg-rose-100 text-rose-700"].map((c, i) => (
                <span key={c} className={`flex size-7 items-center justify-center rounded-full text-[10px] font-semibold ring-2 ring-white ${c}`}>
                  {i === 0 ? "MK" : "JL"}
                </span>
              ))}
            </div>
            <span className="inline-flex items-center gap-1.5 rounded-lg bg-brand-600 px-3 py-1.5 text-xs font-medium text-white">
              <Check className="size-3.5" /> Approve &amp; schedule
            </span>
          </div>
        </div>

        <div className="mt-4 ml-auto w-64 rounded-2xl border border-white/10 bg-white/10 p-4 backdrop-blur">
          <p className="text-xs text-brand-100">Engagement, last 4 weeks</p>
          <p className="mt-1 text-2xl font-semibold text-white">
            +38% <span className="text-sm font-normal text-brand-200">vs. before</span>
          </p>
          <svg viewBox="0 0 200 40" className="mt-2 h-10 w-full">
            <path d="M0 34 L25 30 L50 31 L75 24 L100 26 L125 17 L150 15 L175 9 L200 5" fill="none" stroke="oklch(0.785 0.115 274.713)" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </div>
      </div>
    </aside>
  );
}
