import { AppError } from "@/server/errors/app-error";
import type { Context } from "@/server/trpc/context";
import type { ReviewLinkDecideInput } from "./schemas";

export async function decideReviewLink(_ctx: Context, _input: ReviewLinkDecideInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
