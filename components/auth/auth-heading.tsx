import type { ReactNode } from "react";

export function AuthHeading({ title, description, icon }: { title: ReactNode; description?: ReactNode; icon?: ReactNode }) {
  return (
    <div className="mb-8">
      {icon && (
        <div className="mb-5 flex size-11 items-center justify-center rounded-xl border border-zinc-200 bg-white text-brand-600 shadow-xs [&_svg]:size-5">
          {icon}
        </div>
      )}
      <h1 className="text-[26px] leading-8 font-semibold tracking-tight text-zinc-950">{title}</h1>
      {description && <p className="mt-2 text-[15px] leading-6 text-zinc-500">{description}</p>}
    </div>
  );
}
