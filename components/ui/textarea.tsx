"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { controlClasses } from "./input";
import { useFieldControl } from "./form-field";

export function Textarea({ className, id, rows = 4, ...props }: ComponentProps<"textarea">) {
  const field = useFieldControl(id);
  return (
    <textarea rows={rows} className={cn(controlClasses, "min-h-20 px-3 py-2 leading-6", className)} {...field} {...props} id={field.id} />
  );
}
