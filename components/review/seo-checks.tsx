import { CheckCircle2, CircleAlert, CircleX } from "lucide-react";
import { seoChecks, type SeoCheckStatus } from "@/lib/blog/seo-checks";
import type { ReviewVersion } from "./types";

const icons: Record<SeoCheckStatus, { Icon: typeof CheckCircle2; className: string; label: string }> = {
  pass: { Icon: CheckCircle2, className: "text-emerald-600", label: "Passes" },
  warn: { Icon: CircleAlert, className: "text-amber-600", label: "Worth a look" },
  fail: { Icon: CircleX, className: "text-red-600", label: "Needs a fix" },
};

/** Pre-publish SEO checks for a blog post version (title, one H1, description, canonical, alt text). */
export function SeoChecks({ kind, version }: { kind: string; version: ReviewVersion | null | undefined }) {
  if (kind !== "blog" || !version) return null;
  const seo = version.seo as (ReviewVersion["seo"] & { canonicalUrl?: string }) | null;
  const checks = seoChecks({ title: version.title, body: version.body, seo, image: version.image });
  const problems = checks.filter((c) => c.status !== "pass").length;
  return (
    <section aria-labelledby="seo-checks-title" className="rounded-xl border border-zinc-200 bg-white p-5">
      <h2 id="seo-checks-title" className="text-[15px] font-semibold text-zinc-950">
        SEO checks <span className="font-normal text-zinc-500">· {problems === 0 ? "all pass" : `${problems} to look at`}</span>
      </h2>
      <ul className="mt-3 divide-y divide-zinc-100">
        {checks.map((check) => {
          const { Icon, className, label } = icons[check.status];
          return (
            <li key={check.id} className="flex gap-3 py-2.5">
              <Icon aria-hidden className={`mt-0.5 size-4 shrink-0 ${className}`} />
              <div className="text-sm">
                <p className="font-medium text-zinc-900">
                  {check.label} <span className="sr-only">— {label}</span>
                </p>
                <p className="text-zinc-600">{check.message}</p>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
