"use client";

import * as ToastPrimitive from "@radix-ui/react-toast";
import { CheckCircle2, CircleAlert, X } from "lucide-react";
import { useSyncExternalStore } from "react";
import { cn } from "@/lib/utils";

type Tone = "success" | "error" | "info";
interface ToastItem {
  id: number;
  title: string;
  description?: string;
  tone: Tone;
}

let items: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Shows a toast from anywhere in client code: toast.success("Saved"). */
export const toast = Object.assign(
  (title: string, opts: { description?: string; tone?: Tone } = {}) => {
    items = [...items, { id: nextId++, title, description: opts.description, tone: opts.tone ?? "info" }];
    emit();
  },
  {
    success: (title: string, description?: string) => toast(title, { description, tone: "success" }),
    error: (title: string, description?: string) => toast(title, { description, tone: "error" }),
  },
);

function dismiss(id: number) {
  items = items.filter((t) => t.id !== id);
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function Toaster() {
  const current = useSyncExternalStore(subscribe, () => items, () => items);
  return (
    <ToastPrimitive.Provider swipeDirection="right" duration={5000}>
      {current.map((t) => (
        <ToastPrimitive.Root
          key={t.id}
          onOpenChange={(open) => !open && dismiss(t.id)}
          className={cn(
            "flex items-start gap-3 rounded-xl border bg-white p-4 shadow-lg data-[state=closed]:opacity-0 transition",
            t.tone === "error" ? "border-red-200" : "border-zinc-200",
          )}
        >
          {t.tone === "error" ? (
            <CircleAlert aria-hidden className="mt-0.5 size-5 text-red-600" />
          ) : (
            <CheckCircle2 aria-hidden className="mt-0.5 size-5 text-emerald-600" />
          )}
          <div className="flex-1">
            <ToastPrimitive.Title className="text-sm font-semibold">{t.title}</ToastPrimitive.Title>
            {t.description && (
              <ToastPrimitive.Description className="mt-1 text-sm text-zinc-600">{t.description}</ToastPrimitive.Description>
            )}
          </div>
          <ToastPrimitive.Close aria-label="Dismiss" className="rounded p-1 text-zinc-500 hover:bg-zinc-100">
            <X aria-hidden className="size-4" />
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport className="fixed bottom-4 right-4 z-50 flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2 outline-none" />
    </ToastPrimitive.Provider>
  );
}
