import { Lock } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** A page the user's role does not open: say so plainly, and who can help. */
export function NoAccess({ title, message, detail }: { title: string; message: string; detail: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <EmptyState className="py-16" icon={<Lock />} title={message} description={detail} />
      </Card>
    </>
  );
}
