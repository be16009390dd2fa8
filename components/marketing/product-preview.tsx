import { CalendarDays, ChartColumn, Check, FileText, LayoutDashboard, Sparkles, Users } from "lucide-react";

const queue = [
  { channel: "LinkedIn", title: "Why we still proof sourdough for 36 hours", status: "In review", tone: "bg-amber-50 text-amber-800 border-amber-200", who: "MK" },
  { channel: "Blog", title: "A baker's guide to winter flours", status: "Approved", tone: "bg-emerald-50 text-emerald-700 border-emerald-200", who: "JL" },
  { channel: "Instagram", title: "Behind the counter: 5 a.m. with the morning shift", status: "Scheduled", tone: "bg-brand-50 text-brand-700 border-brand-200", who: "AR" },
  { channel: "X", title: "Three things we learned from 10,000 croissants", status: "Drafting", tone: "bg-zinc-50 text-zinc-600 border-zinc-200", who: "AI" },
];

const nav = [
  { icon: LayoutDashboard, label: "Dashboard", active: false },
  { icon: FileText, label: "Content", active: true },
  { icon: CalendarDays, label: "Calendar", active: false },
  { icon: ChartColumn, label: "Analytics", active: false },
  { icon: Users, label: "Members", active: false },
];

/** A static picture of the app — the review queue — drawn with the same tokens as the real UI. */
export function ProductPreview() {
  return (
    <div aria-hidden className="rounded-2xl border border-zinc-200/80 bg-white/60 p-2 shadow-2xl shadow-brand-900/10 ring-1 ring-zinc-950/5 backdrop-blur">
      <div className="overflow-hidden rounded-xl border border-zinc-200 bg-white">
        <div className="flex h-9 items-center gap-1.5 border-b border-zinc-100 bg-zinc-50 px-3">
          {["bg-zinc-300", "bg-zinc-300", "bg-zinc-300"].map((c, i) => (
            <span key={i} className={`size-2.5 rounded-full ${c}`} />
          ))}
        </div>
        <div className="grid text-left md:grid-cols-[200px_1fr]">
          <div className="hidden border-r border-zinc-100 p-3 md:block">
            <div className="flex items-center gap-2 rounded-lg border border-zinc-200 p-2">
              <span className="flex size-6 items-center justify-center rounded-md bg-emerald-100 text-[10px] font-semibold text-emerald-700">NB</span>
              <span className="text-[13px] font-semibold text-zinc-900">Northwind Bakery</span>
            </div>
            <ul className="mt-4 space-y-0.5 text-[13px] font-medium text-zinc-600">
              {nav.map(({ icon: Icon, label, active }) => (
                <li key={label} className={`flex items-center gap-2 rounded-md px-2 py-1.5 ${active ? "bg-zinc-100 text-zinc-950" : ""}`}>
                  <Icon className={`size-3.5 ${active ? "text-brand-600" : "text-zinc-400"}`} />
                  {label}
                </li>
              ))}
            </ul>
          </div>
          <div className="p-5 sm:p-6">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <div>
                <p className="text-base font-semibold text-zinc-950">This week</p>
                <p className="text-[13px] text-zinc-500">12 pieces · 4 waiting for you</p>
              </div>
              <span className="inline-flex items-center gap-1.5 rounded-lg bg-brand-600 px-3 py-1.5 text-[13px] font-medium text-white">
                <Sparkles className="size-3.5" /> Generate
              </span>
            </div>
            <ul className="mt-5 divide-y divide-zinc-100 rounded-xl border border-zinc-200">
              {queue.map((item) => (
                <li key={item.title} className="flex items-center gap-3 px-4 py-3">
                  <span className="w-20 shrink-0 text-xs font-medium text-zinc-500">{item.channel}</span>
                  <span className="min-w-0 flex-1 truncate text-[13px] font-medium text-zinc-900">{item.title}</span>
                  <span className={`hidden rounded-full border px-2 py-0.5 text-[11px] font-medium sm:inline ${item.tone}`}>{item.status}</span>
                  <span className="flex size-6 items-center justify-center rounded-full bg-zinc-100 text-[10px] font-semibold text-zinc-600">{item.who}</span>
                </li>
              ))}
            </ul>
            <div className="mt-4 grid gap-3 sm:grid-cols-3">
              {[
                ["Engagement", "+38%", "vs. last month"],
                ["Approved first time", "82%", "of drafts"],
                ["Best slot", "Tue 9:30", "LinkedIn"],
              ].map(([label, value, hint]) => (
                <div key={label} className="rounded-xl border border-zinc-200 p-3">
                  <p className="text-xs text-zinc-500">{label}</p>
                  <p className="mt-1 text-lg font-semibold text-zinc-950">{value}</p>
                  <p className="flex items-center gap-1 text-[11px] text-zinc-500">
                    <Check className="size-3 text-emerald-600" /> {hint}
                  </p>
                </div>
              ))}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
