"use client";

import { CircleAlert } from "lucide-react";
import { createContext, useContext, useId, type ReactNode } from "react";
import { cn } from "@/lib/utils";
import { Label } from "./label";

interface FieldState {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

const FieldContext = createContext<FieldState | null>(null);

/** Props a control inside a FormField spreads: id, aria-describedby, aria-invalid. */
export function useFieldControl(id?: string) {
  const field = useContext(FieldContext);
  return {
    id: id ?? field?.id,
    "aria-describedby": field?.describedBy,
    "aria-invalid": field?.invalid || undefined,
  };
}

interface FormFieldProps {
  label: ReactNode;
  children: ReactNode;
  description?: ReactNode;
  error?: string | null;
  /** Rendered to the right of the label, outside it (a "Forgot password?" link, say). */
  labelAside?: ReactNode;
  optional?: boolean;
  id?: string;
  className?: string;
}

/**
 * A label, one control (Input, Textarea, Select), an optional description and an error.
 * The control picks up its id, aria-describedby and aria-invalid from here.
 */
export function FormField({ label, children, description, error, labelAside, optional, id, className }: FormFieldProps) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1.5", className)}>
      <div className="flex items-baseline justify-between gap-2">
        <div className="flex items-baseline gap-2">
          <Label htmlFor={controlId}>{label}</Label>
          {optional && <span className="text-xs text-zinc-400">Optional</span>}
        </div>
        {labelAside}
      </div>
      <FieldContext.Provider value={{ id: controlId, describedBy, invalid: Boolean(error) }}>{children}</FieldContext.Provider>
      {description && !error && (
        <p id={descriptionId} className="text-[13px] leading-5 text-zinc-500">
          {description}
        </p>
      )}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-[13px] leading-5 text-red-600">
          <CircleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          {error}
        </p>
      )}
    </div>
  );
}
