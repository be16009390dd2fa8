import { Ban, Clock, Link2Off } from "lucide-react";
import { ClientFrame } from "./client-frame";

/** Expired, revoked or invalid link: what happened (the server's words) and what to do. */
export function LinkProblem({ message }: { message: string }) {
  const kind = /revoked/i.test(message) ? "revoked" : /expired/i.test(message) ? "expired" : "invalid";
  const Icon = kind === "revoked" ? Ban : kind === "expired" ? Clock : Link2Off;
  const title = kind === "revoked" ? "This review link was revoked" : kind === "expired" ? "This review link has expired" : "This review link is not valid";
  return (
    <ClientFrame>
      <div role="alert" className="mx-auto mt-10 max-w-md rounded-2xl border border-zinc-200 bg-white p-8 text-center shadow-xs">
        <span className="mx-auto mb-4 flex size-12 items-center justify-center rounded-xl bg-zinc-100 text-zinc-600">
          <Icon aria-hidden className="size-6" />
        </span>
        <h1 className="text-lg font-semibold text-zinc-950">{title}</h1>
        <p className="mt-2 text-sm leading-6 text-zinc-600">{message}</p>
      </div>
    </ClientFrame>
  );
}
