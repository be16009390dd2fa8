"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formErrorsFrom } from "@/lib/form-errors";
import { nameOf } from "./review-labels";
import { MentionTextarea } from "./mention-textarea";
import type { Person } from "./types";

/** Ids of the picked members whose "@Name" is still in the text (deleting the name drops the mention). */
function liveMentions(body: string, picked: Person[]): string[] {
  return [...new Set(picked.filter((p) => body.includes(`@${nameOf(p)}`)).map((p) => p.id))];
}

export function CommentComposer({
  members,
  initial = "",
  submitLabel,
  placeholder,
  onSubmit,
  onCancel,
}: {
  members: Person[];
  initial?: string;
  submitLabel: string;
  placeholder?: string;
  onSubmit: (body: string, mentions: string[]) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(initial);
  const [picked, setPicked] = useState<Person[]>(() => members.filter((m) => initial.includes(`@${nameOf(m)}`)));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!body.trim()) return setError("Write a comment");
    setPending(true);
    setError(null);
    try {
      await onSubmit(body.trim(), liveMentions(body, picked));
      setBody("");
      setPicked([]);
    } catch (e) {
      const errors = formErrorsFrom(e, ["body"]);
      setError(errors.fields.body ?? errors.message);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="space-y-2"
    >
      <MentionTextarea
        value={body}
        onChange={setBody}
        members={members}
        onMention={(p) => setPicked((all) => [...all, p])}
        placeholder={placeholder ?? "Write a comment. Type @ to mention someone."}
        aria-label={submitLabel}
        onSubmitShortcut={() => void submit()}
      />
      {error && (
        <Alert tone="danger" className="py-2">
          {error}
        </Alert>
      )}
      <div className="flex items-center justify-end gap-2">
        <span className="mr-auto text-xs text-zinc-400">Ctrl/⌘ + Enter to send</span>
        {onCancel && (
          <Button type="button" variant="ghost" size="sm" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" loading={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
