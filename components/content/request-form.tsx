"use client";

import { useMutation } from "@tanstack/react-query";
import { Sparkles } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import { KeywordInput } from "./keyword-input";
import { KindPicker } from "./kind-picker";
import { LengthFields } from "./length-fields";
import { PlatformPicker } from "./platform-picker";
import { defaultWordCount, emptyDraft, requestFields, requestInput, toneSuggestions, type RequestDraft } from "./request-defaults";

/** The content request: one form for every kind; the server's field messages show next to each field. */
export function RequestForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const { slug } = useWorkspace();
  const request = useMutation(trpc.content.request.mutationOptions());
  const [draft, setDraft] = useState<RequestDraft>(emptyDraft);
  const [wordsTouched, setWordsTouched] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const set = (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function setKind(kind: RequestDraft["kind"]) {
    setDraft((d) => ({
      ...d,
      kind,
      // A thread only goes to networks that have threads.
      platforms: kind === "thread" ? d.platforms.filter((p) => platformRules[p].threads) : d.platforms,
      wordCount: wordsTouched ? d.wordCount : String(defaultWordCount[kind]),
    }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(noFormErrors);
    if (!/^\d+$/.test(draft.wordCount.trim())) {
      setErrors({ message: null, fields: { wordCount: "Give the target as a whole number of words" } });
      return;
    }
    try {
      const { contentItemId } = await request.mutateAsync(requestInput(slug, draft));
      router.push(`/${slug}/content/${contentItemId}`);
    } catch (error) {
      setErrors(formErrorsFrom(error, requestFields));
    }
  }

  const f = errors.fields;
  return (
    <Card>
      <form onSubmit={onSubmit} noValidate aria-label="Content request">
        <CardBody className="space-y-7">
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <KindPicker value={draft.kind} onChange={setKind} error={f.kind} />
          {draft.kind !== "blog" && <PlatformPicker kind={draft.kind} value={draft.platforms} onChange={(platforms) => set({ platforms })} error={f.platforms} />}
          <FormField label="Topic" error={f.topic} description="What the piece is about, in a sentence.">
            <Input
              name="topic"
              value={draft.topic}
              onChange={(e) => set({ topic: e.target.value })}
              maxLength={300}
              placeholder="Why we roast light: three things it brings out in an Ethiopian natural"
            />
          </FormField>
          <FormField label="Keywords" optional error={f.keywords} description="Terms to work in (and, for a blog post, to rank for).">
            <KeywordInput value={draft.keywords} onChange={(keywords) => set({ keywords })} />
          </FormField>
          <LengthFields
            wordCount={draft.wordCount}
            tolerancePct={draft.tolerancePct}
            strict={draft.strict}
            errors={{ wordCount: f.wordCount, tolerancePct: f.tolerancePct, strict: f.strict }}
            onChange={(patch) => {
              if (patch.wordCount !== undefined) setWordsTouched(true);
              set(patch);
            }}
          />
          <div className="grid gap-5 sm:grid-cols-[220px_1fr]">
            <FormField label="Tone" error={f.tone}>
              <Input name="tone" list="tone-suggestions" value={draft.tone} onChange={(e) => set({ tone: e.target.value })} maxLength={60} />
            </FormField>
            <datalist id="tone-suggestions">
              {toneSuggestions.map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
            <FormField label="Audience" optional error={f.audience} description="Leave empty to use the brand book's audience.">
              <Textarea name="audience" rows={2} value={draft.audience} onChange={(e) => set({ audience: e.target.value })} maxLength={1000} />
            </FormField>
          </div>
        </CardBody>
        <CardFooter>
          <p className="text-[13px] text-zinc-500">You can watch every stage live, and cancel at any time.</p>
          <Button type="submit" loading={request.isPending}>
            <Sparkles aria-hidden /> Generate
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
