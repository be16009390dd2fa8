import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import { cn } from "@/lib/utils";
import { formatNumber } from "@/lib/format";

/** "212 / 280 characters", or "312 / 280 characters — 32 over the limit" (said in words, not only in red). */
export function CharCount({ platform, text, part, of, className }: { platform: PlatformId; text: string; part?: number; of?: number; className?: string }) {
  const max = platformRules[platform].maxChars;
  const count = countCharacters(platform, text);
  const over = count - max;
  return (
    <p className={cn("flex items-center justify-between gap-2 text-xs tabular-nums", className)}>
      <span className="text-zinc-400">{of && of > 1 ? `Part ${part} of ${of}` : ""}</span>
      <span className={over > 0 ? "font-medium text-red-700" : "text-zinc-500"}>
        {formatNumber(count)} / {formatNumber(max)} characters
        {over > 0 && ` — ${formatNumber(over)} over the limit`}
      </span>
    </p>
  );
}
