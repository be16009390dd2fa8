import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toast";
import { TRPCReactProvider } from "@/lib/trpc/client";

export const metadata: Metadata = {
  title: { default: "Loomcast", template: "%s · Loomcast" },
  description: "AI drafts in your brand voice, human approval, scheduled publishing, and a loop that learns what works.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next.js puts the request's CSP nonce (proxy.ts) on its
  // scripts, which a page prerendered at build time could not carry.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <TRPCReactProvider>
          {children}
          <Toaster />
        </TRPCReactProvider>
      </body>
    </html>
  );
}
