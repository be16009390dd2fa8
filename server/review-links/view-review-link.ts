import { AppError } from "@/server/errors/app-error";
import type { Context } from "@/server/trpc/context";
import type { ReviewLinkViewInput } from "./schemas";

export async function viewReviewLink(_ctx: Context, _input: ReviewLinkViewInput): Promise<never> {
  throw new AppError("CONFLICT", "Not implemented yet.");
}
