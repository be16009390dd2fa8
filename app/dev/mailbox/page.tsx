import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Logo } from "@/components/ui/logo";
import { MailBody } from "@/components/dev/mail-body";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import { db } from "@/server/db/client";
import { devMailboxServed } from "@/server/mail/dev-mailbox-served";
import { listDevMail } from "@/server/mail/list-dev-mail";

// Named only where the page exists: a production server's 404 does not even say what was here.
export function generateMetadata(): Metadata {
  return devMailboxServed() ? { title: "Dev mailbox", robots: { index: false } } : { robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** Mail the app would have sent, kept when no SMTP server is configured and DEV_MAILBOX is on. */
export default async function DevMailboxPage() {
  // `next dev` only: a production build answers 404 whatever DEV_MAILBOX says.
  if (!devMailboxServed()) notFound();
  const mails = await listDevMail({ db });
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <header className="mb-8 flex flex-wrap items-center justify-between gap-4">
        <Link href="/" aria-label="Loomcast home">
          <Logo />
        </Link>
        <Badge tone="warning">Development only</Badge>
      </header>
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-950">Dev mailbox</h1>
      <p className="mt-1.5 text-[15px] text-zinc-500">
        Mail the app sent while no SMTP server is configured, newest first. Reload to see new mail.
      </p>
      {mails.length === 0 ? (
        <Card className="mt-8">
          <EmptyState icon={<Inbox />} title="No mail yet" description="Sign up, request a magic link or invite someone, and the mail shows up here." />
        </Card>
      ) : (
        <ol className="mt-8 space-y-4">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Card>
                <article aria-label={mail.subject}>
                  <header className="border-b border-zinc-100 px-5 py-4">
                    <h2 className="text-[15px] font-semibold text-zinc-950">{mail.subject}</h2>
                    <p className="mt-1 flex flex-wrap gap-x-2 text-[13px] text-zinc-500">
                      <span>
                        To <span className="font-medium text-zinc-700">{mail.to}</span>
                      </span>
                      <span aria-hidden>·</span>
                      <time dateTime={mail.createdAt.toISOString()}>{formatDateTime(mail.createdAt)}</time>
                    </p>
                  </header>
                  <MailBody text={mail.text} />
                </article>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
