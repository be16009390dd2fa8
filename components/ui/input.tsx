"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { useFieldControl } from "./form-field";

export const controlClasses =
  "w-full rounded-lg border border-zinc-300 bg-white text-sm text-zinc-900 shadow-xs transition-[border-color,box-shadow] placeholder:text-zinc-400 hover:border-zinc-400 focus-visible:border-brand-500 focus-visible:outline-none focus-visible:ring-4 focus-visible:ring-brand-500/15 disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500 read-only:bg-zinc-50 aria-invalid:border-red-400 aria-invalid:hover:border-red-500 aria-invalid:focus-visible:border-red-500 aria-invalid:focus-visible:ring-red-500/15";

export function Input({ className, id, ...props }: ComponentProps<"input">) {
  const field = useFieldControl(id);
  return <input className={cn(controlClasses, "h-10 px-3", className)} {...field} {...props} id={field.id} />;
}
