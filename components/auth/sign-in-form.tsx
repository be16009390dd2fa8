"use client";

import { KeyRound, Mail } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";

const rateLimited = "Too many attempts. Please wait a few minutes and try again.";
const unexpected = "We couldn't sign you in just now. Check your connection and try again.";

/** Maps what next-auth's signIn() returns to a sentence for the user. */
export function signInErrorMessage(res: { error?: string; code?: string } | undefined): string {
  if (res?.code === "rate_limited" || res?.error === "RateLimited") return rateLimited;
  if (res?.error === "CredentialsSignin") return "Wrong email or password.";
  return unexpected;
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  return (
    <Tabs defaultValue="password">
      <TabsList aria-label="How to sign in">
        <TabsTrigger value="password">
          <KeyRound aria-hidden /> Password
        </TabsTrigger>
        <TabsTrigger value="link">
          <Mail aria-hidden /> Email me a link
        </TabsTrigger>
      </TabsList>
      {/* Panels get their own names: named after their tabs, they would also match "Email"/"Password" labels. */}
      <TabsContent value="password" aria-labelledby={undefined} aria-label="Credentials sign-in">
        <PasswordForm callbackUrl={callbackUrl} initialError={initialError} />
      </TabsContent>
      <TabsContent value="link" aria-labelledby={undefined} aria-label="One-time link sign-in">
        <MagicLinkForm callbackUrl={callbackUrl} />
      </TabsContent>
    </Tabs>
  );
}

function PasswordForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Enter your email and password.");
      return;
    }
    setPending(true);
    setError(null);
    const res = await signIn("credentials", { redirect: false, email, password }).catch(() => undefined);
    if (!res?.ok || res.error) {
      setPending(false);
      setError(signInErrorMessage(res));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error && <Alert tone="danger">{error}</Alert>}
      <FormField label="Email">
        <Input name="email" type="email" autoComplete="email" placeholder="you@company.com" autoFocus />
      </FormField>
      <FormField
        label="Password"
        labelAside={
          <Link href="/forgot-password" className="text-[13px] font-medium text-brand-700 hover:underline">
            Forgot password?
          </Link>
        }
      >
        <Input name="password" type="password" autoComplete="current-password" />
      </FormField>
      <Button type="submit" size="lg" className="w-full" loading={pending}>
        Sign in
      </Button>
    </form>
  );
}

function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    if (!/^\S+@\S+\.\S+$/.test(email)) {
      setError("Enter a valid email address, like you@company.com.");
      return;
    }
    setPending(true);
    setError(null);
    const res = await signIn("email", { redirect: false, email, redirectTo: callbackUrl }).catch(() => undefined);
    if (!res?.ok || res.error) {
      setPending(false);
      setError(signInErrorMessage(res));
      return;
    }
    router.push(`/check-email?email=${encodeURIComponent(email)}`);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {error && <Alert tone="danger">{error}</Alert>}
      <FormField label="Email" description="We'll email you a link that signs you in — no password needed.">
        <Input name="email" type="email" autoComplete="email" placeholder="you@company.com" />
      </FormField>
      <Button type="submit" size="lg" className="w-full" loading={pending}>
        Send sign-in link
      </Button>
    </form>
  );
}
