/**
 * The shapes the review UI reads. They mirror review.item / review.queue / comment.list /
 * reviewLink.* outputs; the pages pass the query data straight in, so a change on the server
 * shows up here as a type error.
 */
import type { ContentKind } from "@/lib/ai/brief";
import type { PlatformId } from "@/lib/ai/platforms/platform-rules";
import type { ContentStatus } from "@/components/content/content-labels";

export interface Person {
  id: string;
  name: string | null;
  email?: string | null;
}

export interface ReviewVersion {
  number: number;
  source: string;
  title: string;
  body: string;
  posts: { platform: PlatformId; parts: string[] }[];
  seo: { title: string; slug: string; metaDescription: string; excerpt: string } | null;
  image: { prompt: string; alt: string; url?: string } | null;
  qualityScore: number | null;
  createdAt: Date | string;
}

export type Decision = "approved" | "changes_requested" | "rejected";

/** One row of the approval history (the approvals table, without workspace_id). */
export interface ApprovalRecord {
  id: string;
  decision: Decision;
  comment: string | null;
  score: number | null;
  versionNumber: number;
  step: number;
  actorId: string | null;
  /** The member's name, or the client's name for a decision through a review link. */
  actorLabel: string;
  reviewLinkId: string | null;
  scheduledFor: Date | string | null;
  timezone: string | null;
  voidedAt: Date | string | null;
  createdAt: Date | string;
}

export interface PolicyStep {
  name: string;
  kind: "role" | "client";
}

export interface ReviewPolicy {
  allowSelfApproval: boolean;
  steps: PolicyStep[];
}

export interface NextStep {
  number: number;
  name: string;
  kind: PolicyStep["kind"];
  final: boolean;
}

export interface CommentRecord {
  id: string;
  body: string;
  mentions: string[];
  parentId: string | null;
  versionNumber: number | null;
  authorId: string | null;
  /** The author's display name (a member's name, or the client's name from a review link). */
  authorLabel: string | null;
  author: Person | null;
  createdAt: Date | string;
  editedAt: Date | string | null;
  resolvedAt: Date | string | null;
}
