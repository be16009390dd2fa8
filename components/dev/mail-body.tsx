/** A plain-text mail body with its URLs turned into links. */
export function MailBody({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"')]+)/g);
  return (
    <div className="px-5 py-4 text-sm leading-6 break-words whitespace-pre-wrap text-zinc-700">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="font-medium break-all text-brand-700 underline underline-offset-2 hover:text-brand-900">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </div>
  );
}
