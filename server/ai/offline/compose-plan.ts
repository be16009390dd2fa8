import "server-only";

/**
 * Research notes and the outline. The offline writer cannot look anything up, so its research
 * is an angle, what the audience needs, the points to make and the questions a human should
 * answer (including which facts need a source); `sources` stays empty.
 */
import type { Outline, ResearchNotes } from "../stage-schemas";
import { cta, heading, hooks, sectionSentences, subject, title, type SectionRole } from "./phrases";
import { capitalize, type WriterContext } from "./writer-context";

export type SectionPlan = { role: SectionRole; keyword?: string };

/** Which sections a blog post of this length gets: about one per 120 words, 1–8, "next" last. */
export function sectionPlan(ctx: WriterContext): SectionPlan[] {
  const { wordCount } = ctx.brief.request;
  const count = Math.min(8, Math.max(1, Math.round(wordCount / 120)));
  const [k0, k1, k2] = ctx.keywords;
  const middle: SectionPlan[] = [
    { role: "why" },
    { role: "keyword", keyword: k0 },
    ...(k1 ? [{ role: "keyword" as const, keyword: k1 }] : []),
    { role: "example", keyword: k0 },
    { role: "plan" },
    { role: "mistakes" },
    ...(k2 ? [{ role: "keyword" as const, keyword: k2 }] : []),
  ];
  if (count === 1) return [{ role: "why" }];
  return [...middle.slice(0, count - 1), { role: "next" }];
}

export function composeResearch(ctx: WriterContext): ResearchNotes {
  const { brand } = ctx.brief;
  const s = subject(ctx);
  const lens = ctx.pillars[0] ? `, through the lens of ${ctx.pillars[0]}` : "";
  const voice = brand.voice.split(/(?<=[.!?])\s/u)[0]?.trim();
  const example = brand.examples[0]?.replace(/\s+/gu, " ").slice(0, 80);
  return {
    angle: `A practical, ${ctx.adjective} look at ${ctx.topicMid} for ${ctx.audience}${lens}.`,
    audienceInsight: `${capitalize(ctx.audience)} want ${s === "this" ? "this" : s} to be simple and measurable; they have little time for theory and want steps they can use this week.`,
    keyPoints: [
      ...ctx.keywords.slice(0, 3).map((k) => `How to approach ${k}, and how to tell whether it is working.`),
      "One small first step, and when to review it.",
      "The common mistakes, and how to avoid them.",
    ],
    questions: [
      `What do ${ctx.audience} most often get wrong about ${s === "this" ? "it" : s}?`,
      `Which part of the work on ${ctx.keywords[0]} takes the most time today?`,
      "How will we know it worked?",
      "Which facts or numbers need a source before this is published?",
      ...(voice ? [`Does the draft sound like the brand voice ("${voice}")?`] : []),
      ...(example ? [`Does it match the style of the example posts ("${example}…")?`] : []),
    ],
    sources: [],
  };
}

export function composeOutline(ctx: WriterContext): Outline {
  const { kind } = ctx.brief.request;
  const hook = hooks(ctx)[0] ?? `A practical look at ${ctx.topicMid}.`;
  if (kind === "blog") {
    return {
      title: title(ctx),
      hook,
      sections: sectionPlan(ctx).map(({ role, keyword }) => ({
        heading: heading(ctx, role, keyword),
        points: sectionSentences(ctx, role, keyword).slice(0, 2),
      })),
      cta: cta(ctx),
    };
  }
  return {
    title: title(ctx),
    hook,
    sections: [
      { heading: "Hook", points: [hook] },
      { heading: "Points", points: ctx.keywords.slice(0, 3).map((k) => sectionSentences(ctx, "keyword", k)[0] ?? k) },
      { heading: "Call to action", points: [cta(ctx)] },
    ],
    cta: cta(ctx),
  };
}
