import { LogoMark } from "@/components/ui/logo";
import { cn } from "@/lib/utils";
import type { Branding } from "@/lib/branding/defaults";

/** The tenant's logo (an https image) or Loomcast's mark, with the product name. */
export function BrandMark({
  branding,
  className,
  markClassName,
  nameClassName,
}: {
  branding: Pick<Branding, "productName" | "logoUrl">;
  className?: string;
  markClassName?: string;
  nameClassName?: string;
}) {
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-2", className)}>
      {branding.logoUrl ? (
        // A tenant's own host: plain <img>, no Next image optimisation (which would fetch it server-side).
        // eslint-disable-next-line @next/next/no-img-element
        <img src={branding.logoUrl} alt="" className={cn("size-6 shrink-0 rounded object-contain", markClassName)} />
      ) : (
        <LogoMark className={cn("size-6", markClassName)} />
      )}
      <span data-product-name className={cn("truncate text-[15px] font-semibold tracking-tight text-zinc-950", nameClassName)}>
        {branding.productName}
      </span>
    </span>
  );
}
