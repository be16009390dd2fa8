/**
 * The shapes the review UI reads, inferred from the review, comment routers, so a
 * change on the server shows up here as a type error.
 */
import type { RouterOutputs } from "@/lib/trpc/types";

type ReviewItem = RouterOutputs["review"]["item"];

/** A member as the mention picker, filters and comments show them. */
export type Person = RouterOutputs["comment"]["mentionable"][number];

/** A version as the member's review page shows it. */
export type ReviewVersion = ReviewItem["versions"][number];

export type Decision = ReviewItem["approvals"][number]["decision"];

/** One row of the approval history. */
export type ApprovalRecord = ReviewItem["approvals"][number];

export type ReviewPolicy = RouterOutputs["review"]["policy"];
export type PolicyStep = ReviewPolicy["steps"][number];
export type NextStep = NonNullable<ReviewItem["nextStep"]>;

export type CommentRecord = RouterOutputs["comment"]["list"][number];
