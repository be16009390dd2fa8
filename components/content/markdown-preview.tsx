import { Fragment } from "react";
import { parseMarkdown, type Block, type Inline } from "./markdown-blocks";

/** Renders model-written Markdown as React text nodes (no HTML from the model is ever injected). */
export function MarkdownPreview({ source }: { source: string }) {
  const blocks = parseMarkdown(source);
  return <div className="space-y-4 text-[15px] leading-7 text-zinc-800">{blocks.map((block, i) => renderBlock(block, i))}</div>;
}

function renderBlock(block: Block, key: number) {
  switch (block.type) {
    case "heading": {
      const classes = {
        1: "text-2xl font-semibold tracking-tight text-zinc-950",
        2: "pt-2 text-xl font-semibold tracking-tight text-zinc-950",
        3: "pt-1 text-lg font-semibold text-zinc-900",
        4: "font-semibold text-zinc-900",
      }[block.level];
      const Tag = (`h${Math.min(6, block.level + 1)}` as "h2" | "h3" | "h4" | "h5");
      return (
        <Tag key={key} className={classes}>
          <Inlines parts={block.inline} />
        </Tag>
      );
    }
    case "paragraph":
      return (
        <p key={key}>
          <Inlines parts={block.inline} />
        </p>
      );
    case "quote":
      return (
        <blockquote key={key} className="border-l-2 border-brand-300 pl-4 text-zinc-600 italic">
          <Inlines parts={block.inline} />
        </blockquote>
      );
    case "code":
      return (
        <pre key={key} className="overflow-x-auto rounded-lg bg-zinc-100 p-3 font-mono text-[13px] leading-6">
          {block.text}
        </pre>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List key={key} className={block.ordered ? "list-decimal space-y-1 pl-6" : "list-disc space-y-1 pl-6"}>
          {block.items.map((item, j) => (
            <li key={j}>
              <Inlines parts={item} />
            </li>
          ))}
        </List>
      );
    }
  }
}

function Inlines({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part, i) => {
        switch (part.type) {
          case "strong":
            return <strong key={i} className="font-semibold text-zinc-950">{part.text}</strong>;
          case "em":
            return <em key={i}>{part.text}</em>;
          case "code":
            return <code key={i} className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-[13px]">{part.text}</code>;
          case "link":
            return part.href ? (
              <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow" className="text-brand-700 underline underline-offset-2">
                {part.text}
              </a>
            ) : (
              <Fragment key={i}>{part.text}</Fragment>
            );
          default:
            return <Fragment key={i}>{part.text}</Fragment>;
        }
      })}
    </>
  );
}
