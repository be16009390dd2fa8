import { Inbox } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

const reviewable = new Set(["in_review", "changes_requested", "approved", "scheduled"]);

/** On the content page: "Review" (primary while it waits for a decision), or "Review history" once decided. */
export function ReviewLinkButton({ slug, contentItemId, status }: { slug: string; contentItemId: string; status: string }) {
  if (!reviewable.has(status)) return null;
  return (
    <Button variant={status === "in_review" ? "primary" : "secondary"} asChild>
      <Link href={`/${slug}/review/${contentItemId}`}>
        <Inbox aria-hidden /> {status === "in_review" ? "Review" : "Review history"}
      </Link>
    </Button>
  );
}
