"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { checkBrandBook, normaliseHashtag } from "@/lib/brand/brand-book-input";
import { brandBookFieldLabels, brandBookFields, brandBookLimits, isBrandBookField } from "@/lib/brand/fields";
import type { BrandBookVersion } from "@/server/brand/brand-book-row";
import { draftToBook } from "./brand-draft";
import { ExamplePostsField } from "./example-posts-field";
import { fieldCopy } from "./field-copy";
import { SaveBar } from "./save-bar";
import { TagListInput } from "./tag-list-input";
import type { BrandDraft } from "./use-brand-draft";
import { formatNumber } from "@/lib/format";

const hashtagRule = /^#[\p{L}\p{N}_]+$/u;

function CharCount({ value, max }: { value: string; max: number }) {
  const over = value.length > max;
  return (
    <span className={over ? "text-xs text-red-600 tabular-nums" : "text-xs text-zinc-400 tabular-nums"}>
      {formatNumber(value.length)} / {formatNumber(max)}
    </span>
  );
}

function attention(fields: string[]): string {
  const labels = fields.filter(isBrandBookField).map((f) => brandBookFieldLabels[f]);
  return labels.length > 0 ? `Check ${labels.join(", ")} before saving.` : "Some fields need attention before this can be saved.";
}

/** The brand book form for owners and admins, with a sticky save bar. */
export function BrandEditor({ draft, current }: { draft: BrandDraft; current: BrandBookVersion | null }) {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const save = useMutation(trpc.brand.save.mutationOptions());
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const { draft: book, errors, set } = draft;

  function focusFirstError() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
  }

  async function submit(options: { overwrite?: boolean } = {}) {
    setFormError(null);
    const checked = checkBrandBook(draftToBook(book));
    if (!checked.ok) {
      draft.setErrors(checked.errors);
      setFormError(attention(Object.keys(checked.errors)));
      focusFirstError();
      return;
    }
    try {
      const result = await save.mutateAsync({
        workspaceSlug: slug,
        ...checked.book,
        baseVersion: options.overwrite ? undefined : draft.base.version,
      });
      setConflict(null);
      draft.reset(result.version === null ? null : { version: result.version, book: checked.book });
      await queryClient.invalidateQueries({ queryKey: trpc.brand.pathKey() });
      if (result.created) toast.success(`Saved as version ${result.version}`, "Loomcast writes every new draft with this version.");
      else toast("Nothing new to save", { description: "This is the same as the current version." });
    } catch (error) {
      if (error instanceof TRPCClientError && error.data?.code === "CONFLICT") {
        setConflict(error.message);
        await queryClient.invalidateQueries({ queryKey: trpc.brand.pathKey() });
        return;
      }
      const found = formErrorsFrom(error, brandBookFields);
      draft.setErrors(found.fields);
      setFormError(found.message ?? attention(Object.keys(found.fields)));
      focusFirstError();
    }
  }

  // Ctrl/Cmd+S saves.
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        void submitRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-6 [&_button]:scroll-mb-28 [&_input]:scroll-mb-28 [&_textarea]:scroll-mb-28" aria-label="Brand book">
      <Card>
        <CardHeader title="Voice" description="How every piece should sound, and who it is for." />
        <CardBody className="space-y-5">
          <FormField
            label={brandBookFieldLabels.voice}
            description={fieldCopy.voice.description}
            error={errors.voice}
            labelAside={<CharCount value={book.voice} max={brandBookLimits.voice} />}
          >
            <Textarea rows={5} value={book.voice} placeholder={fieldCopy.voice.placeholder} onChange={(e) => set("voice", e.target.value)} />
          </FormField>
          <FormField
            label={brandBookFieldLabels.audience}
            description={fieldCopy.audience.description}
            error={errors.audience}
            labelAside={<CharCount value={book.audience} max={brandBookLimits.audience} />}
          >
            <Textarea rows={3} value={book.audience} placeholder={fieldCopy.audience.placeholder} onChange={(e) => set("audience", e.target.value)} />
          </FormField>
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Topics and guardrails" description="What you talk about, and what you never say." />
        <CardBody className="space-y-5">
          <TagListInput
            label={brandBookFieldLabels.pillars}
            description={fieldCopy.pillars.description}
            placeholder={fieldCopy.pillars.placeholder}
            values={book.pillars}
            onChange={(v) => set("pillars", v)}
            noun="pillar"
            max={brandBookLimits.items.pillars}
            maxLength={brandBookLimits.phrase}
            error={errors.pillars}
          />
          <TagListInput
            label={brandBookFieldLabels.avoidWords}
            description={fieldCopy.avoidWords.description}
            placeholder={fieldCopy.avoidWords.placeholder}
            values={book.avoidWords}
            onChange={(v) => set("avoidWords", v)}
            noun="entry"
            max={brandBookLimits.items.avoidWords}
            maxLength={brandBookLimits.phrase}
            error={errors.avoidWords}
          />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title="Hashtags and calls to action" description="The finishing touches writers may add to a post." />
        <CardBody className="space-y-5">
          <TagListInput
            label={brandBookFieldLabels.hashtags}
            description={fieldCopy.hashtags.description}
            placeholder={fieldCopy.hashtags.placeholder}
            values={book.hashtags}
            onChange={(v) => set("hashtags", v)}
            noun="hashtag"
            max={brandBookLimits.items.hashtags}
            normalise={normaliseHashtag}
            validate={(tag) => (hashtagRule.test(tag) ? null : `“${tag}” isn't a hashtag: use one word of letters, digits or _.`)}
            separators={/[\s,]+/}
            error={errors.hashtags}
          />
          <TagListInput
            label={brandBookFieldLabels.ctas}
            description={fieldCopy.ctas.description}
            placeholder={fieldCopy.ctas.placeholder}
            values={book.ctas}
            onChange={(v) => set("ctas", v)}
            noun="call to action"
            max={brandBookLimits.items.ctas}
            maxLength={brandBookLimits.phrase}
            error={errors.ctas}
          />
        </CardBody>
      </Card>

      <Card>
        <CardBody>
          <ExamplePostsField
            values={book.examples}
            onChange={(v) => set("examples", v)}
            max={brandBookLimits.items.examples}
            maxLength={brandBookLimits.example}
            description={fieldCopy.examples.description}
            placeholder={fieldCopy.examples.placeholder}
            error={errors.examples}
          />
        </CardBody>
      </Card>

      <SaveBar
        draft={draft}
        current={current}
        saving={save.isPending}
        formError={formError}
        conflict={conflict}
        onOverwrite={() => void submit({ overwrite: true })}
        onLoadLatest={() => {
          setConflict(null);
          draft.reset(current);
        }}
        onDiscard={() => {
          setFormError(null);
          setConflict(null);
          draft.reset(current);
        }}
      />
    </form>
  );
}
