import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { ClientReviewPage } from "@/components/review/client/client-review-page";
import { LinkProblem } from "@/components/review/client/link-problem";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata: Metadata = { title: "Review", robots: { index: false, follow: false } };

/** The public client review page: no account, no app chrome; the token is the only key. */
export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const problem = await getQueryClient()
    .fetchQuery(trpc.reviewLink.view.queryOptions({ token }))
    .then(() => null)
    .catch((error: unknown) => {
      if (error instanceof TRPCError && ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"].includes(error.code)) return error.message;
      throw error;
    });
  if (problem) return <LinkProblem message={problem} />;
  return (
    <HydrateClient>
      <ClientReviewPage token={token} />
    </HydrateClient>
  );
}
