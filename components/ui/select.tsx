"use client";

import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { controlClasses } from "./input";
import { useFieldControl } from "./form-field";

/**
 * A styled native select: keyboard, screen-reader and mobile behaviour come from the platform,
 * and tests can drive it with `selectOption`.
 */
export function Select({ className, id, size, children, ...props }: Omit<ComponentProps<"select">, "size"> & { size?: "sm" | "md" }) {
  const field = useFieldControl(id);
  return (
    <div className={cn("relative", className)}>
      <select
        className={cn(controlClasses, "cursor-pointer appearance-none pr-9 pl-3", size === "sm" ? "h-8 text-[13px]" : "h-10")}
        {...field}
        {...props}
        id={field.id}
      >
        {children}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-zinc-500" />
    </div>
  );
}
