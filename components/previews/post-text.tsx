import { Fragment } from "react";
import { cn } from "@/lib/utils";

const token = /((?:https?:\/\/|www\.)[^\s]+|#[\p{L}\p{N}_]+|@[\p{L}\p{N}_.]+)/gu;

/** Post text as the network shows it: line breaks kept, #tags, @mentions and links in the network's link colour. */
export function PostText({ text, linkClassName, className }: { text: string; linkClassName: string; className?: string }) {
  const pieces = text.split(token);
  return (
    <p className={cn("break-words whitespace-pre-wrap", className)}>
      {pieces.map((piece, i) =>
        i % 2 === 1 ? (
          <span key={i} className={linkClassName}>
            {piece}
          </span>
        ) : (
          <Fragment key={i}>{piece}</Fragment>
        ),
      )}
    </p>
  );
}
