import Link from "next/link";

export default function BlogNotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-zinc-500">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950">Post not found</h1>
      <p className="mt-3 text-[15px] leading-6 text-zinc-500">This post does not exist or is no longer published.</p>
      <Link href="/" className="mt-8 inline-block text-sm font-medium underline">
        Go to the home page
      </Link>
    </main>
  );
}
