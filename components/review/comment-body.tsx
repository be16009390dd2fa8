import { Fragment } from "react";
import { nameOf } from "./review-labels";
import type { Person } from "./types";

/** The comment's text with each mentioned member's "@Name" set apart (bold, not only coloured). */
export function CommentBody({ body, mentions, members }: { body: string; mentions: string[]; members: Person[] }) {
  const names = members.filter((m) => mentions.includes(m.id)).map((m) => `@${nameOf(m)}`);
  if (names.length === 0) return <p className="text-sm leading-6 whitespace-pre-wrap text-zinc-800">{body}</p>;
  const escaped = names.sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pieces = body.split(new RegExp(`(${escaped.join("|")})`, "g"));
  return (
    <p className="text-sm leading-6 whitespace-pre-wrap text-zinc-800">
      {pieces.map((piece, i) =>
        names.includes(piece) ? (
          <strong key={i} className="rounded bg-brand-50 px-0.5 font-semibold text-brand-800">
            {piece}
          </strong>
        ) : (
          <Fragment key={i}>{piece}</Fragment>
        ),
      )}
    </p>
  );
}
