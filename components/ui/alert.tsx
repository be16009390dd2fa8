import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

const alertVariants = cva("flex items-start gap-3 rounded-xl border px-4 py-3 text-sm leading-6", {
  variants: {
    tone: {
      info: "border-sky-200 bg-sky-50 text-sky-900 [&>svg]:text-sky-600",
      success: "border-emerald-200 bg-emerald-50 text-emerald-900 [&>svg]:text-emerald-600",
      warning: "border-amber-200 bg-amber-50 text-amber-900 [&>svg]:text-amber-600",
      danger: "border-red-200 bg-red-50 text-red-900 [&>svg]:text-red-600",
    },
  },
  defaultVariants: { tone: "info" },
});

const icons = { info: Info, success: CircleCheck, warning: TriangleAlert, danger: CircleAlert };

/**
 * A callout. Errors (tone "danger") are announced with role="alert" unless `role` says otherwise.
 */
export function Alert({
  tone,
  title,
  children,
  action,
  role,
  className,
}: VariantProps<typeof alertVariants> & {
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  role?: "alert" | "status" | "note";
  className?: string;
}) {
  const Icon = icons[tone ?? "info"];
  return (
    <div role={role ?? (tone === "danger" ? "alert" : undefined)} className={cn(alertVariants({ tone }), className)}>
      <Icon aria-hidden className="mt-1 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        {title && <p className="font-medium">{title}</p>}
        {children && <div className={cn(title && "mt-0.5 opacity-90")}>{children}</div>}
      </div>
      {action && <div className="shrink-0">{action}</div>}
    </div>
  );
}
