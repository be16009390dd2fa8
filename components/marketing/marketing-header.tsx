import Link from "next/link";
import { Logo } from "@/components/ui/logo";
import { Button } from "@/components/ui/button";
import { homePath } from "@/lib/safe-redirect";

const links = [
  { href: "#loop", label: "How it works" },
  { href: "#features", label: "Features" },
  { href: "#pricing", label: "Pricing" },
];

export function MarketingHeader({ signedIn }: { signedIn: boolean }) {
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200/60 bg-white/80 backdrop-blur-lg">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4 sm:gap-6 sm:px-6">
        <Link href="/" aria-label="Loomcast home" className="rounded-lg">
          <Logo />
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
          {links.map((l) => (
            <a key={l.href} href={l.href} className="rounded-lg px-3 py-2 text-sm font-medium text-zinc-600 transition hover:text-zinc-950">
              {l.label}
            </a>
          ))}
        </nav>
        <div className="flex items-center gap-2">
          {signedIn ? (
            <Button asChild variant="dark">
              <Link href={homePath}>Open app</Link>
            </Button>
          ) : (
            <>
              <Button asChild variant="ghost" className="px-2.5 sm:px-3.5">
                <Link href="/sign-in">Sign in</Link>
              </Button>
              <Button asChild variant="dark" className="px-3 sm:px-3.5">
                <Link href="/sign-up">Start free trial</Link>
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
