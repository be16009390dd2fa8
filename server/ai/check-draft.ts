import "server-only";

/**
 * The rule check every draft passes before review, whoever wrote it: word count on the body
 * (strict → error, else warning), one post per requested platform, every post and thread part
 * within its platform's rules, no avoided words, one H1 in a blog post, keywords present.
 * A draft with any `error` must be revised before it may reach review.
 */
import type { WritingBrief } from "@/lib/ai/brief";
import { checkPost, findAvoidedWords } from "./platforms/check-post";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";
import type { Problem } from "@/lib/ai/platforms/problem";
import { checkWordCount } from "@/lib/ai/platforms/word-count";
import type { Draft } from "./stage-schemas";

export type DraftProblem = Problem & { platform: PlatformId | null; part?: number };

function bodyProblems(brief: WritingBrief, draft: Draft): DraftProblem[] {
  const { request, brand } = brief;
  const problems: DraftProblem[] = checkWordCount(draft.body, { target: request.wordCount, tolerancePct: request.tolerancePct, strict: request.strict }).map((p) => ({ ...p, platform: null }));
  for (const word of findAvoidedWords(draft.body, brand.avoidWords)) {
    problems.push({ code: "avoid_word", severity: "error", platform: null, message: `The text uses "${word}", which the brand book says to avoid.` });
  }
  if (request.kind === "blog") {
    const h1s = draft.body.split("\n").filter((line) => /^#\s+\S/u.test(line)).length;
    if (h1s !== 1) problems.push({ code: "structure", severity: "error", platform: null, actual: h1s, message: `A blog post needs exactly one H1 heading; this one has ${h1s}.` });
  }
  for (const keyword of request.keywords) {
    if (!draft.body.toLowerCase().includes(keyword.toLowerCase())) {
      problems.push({ code: "keyword_missing", severity: "warning", platform: null, message: `The keyword "${keyword}" does not appear in the text.` });
    }
  }
  return problems;
}

function postProblems(brief: WritingBrief, draft: Draft): DraftProblem[] {
  const { request, brand } = brief;
  if (request.kind === "blog") return [];
  const problems: DraftProblem[] = [];
  for (const platform of request.platforms) {
    const post = draft.posts.find((p) => p.platform === platform);
    if (!post) {
      problems.push({ code: "missing_post", severity: "error", platform, message: `There is no post for ${platform}.` });
      continue;
    }
    if (request.kind === "social" && post.parts.length !== 1) {
      problems.push({ code: "structure", severity: "error", platform, actual: post.parts.length, message: `A ${platform} post is one part, not ${post.parts.length}.` });
    }
    post.parts.forEach((text, i) => {
      for (const p of checkPost(platform, text, { avoidWords: brand.avoidWords })) problems.push({ ...p, platform, part: i + 1 });
    });
  }
  return problems;
}

export function checkDraft(brief: WritingBrief, draft: Draft): DraftProblem[] {
  return [...bodyProblems(brief, draft), ...postProblems(brief, draft)];
}
