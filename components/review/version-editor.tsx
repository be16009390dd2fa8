"use client";

import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { CharCount } from "@/components/previews/char-count";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import type { ReviewVersion } from "./types";

export interface EditValues {
  title: string;
  body: string;
  posts?: ReviewVersion["posts"];
}

/** Inline editing of the current version: saving creates a new version (and voids earlier approvals). */
export function VersionEditor({ kind, version, onSave, onCancel }: { kind: string; version: ReviewVersion; onSave: (values: EditValues) => Promise<unknown>; onCancel: () => void }) {
  const [title, setTitle] = useState(version.title);
  const [body, setBody] = useState(version.body);
  const [posts, setPosts] = useState(version.posts);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const blog = kind === "blog" || version.posts.length === 0;
  const setPart = (p: number, i: number, text: string) => setPosts(posts.map((post, pi) => (pi === p ? { ...post, parts: post.parts.map((t, ti) => (ti === i ? text : t)) } : post)));
  const changePart = (p: number, fn: (parts: string[]) => string[]) => setPosts(posts.map((post, pi) => (pi === p ? { ...post, parts: fn(post.parts) } : post)));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setErrors(noFormErrors);
    try {
      await onSave({ title, body, ...(blog ? {} : { posts }) });
    } catch (error) {
      setErrors(formErrorsFrom(error, ["title", "body"]));
    } finally {
      setPending(false);
    }
  }

  return (
    <Card>
      <CardHeader title={`Edit version ${version.number}`} description="Saving creates a new version; earlier approvals no longer count." />
      <CardBody>
        <form onSubmit={save} className="space-y-5" noValidate>
          <FormField label="Title" error={errors.fields.title}>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
          </FormField>
          {blog ? (
            <FormField label="Body (Markdown)" error={errors.fields.body}>
              <Textarea rows={18} value={body} onChange={(e) => setBody(e.target.value)} className="font-mono text-[13px]" />
            </FormField>
          ) : (
            posts.map((post, p) => {
              const rule = platformRules[post.platform];
              return (
                <fieldset key={post.platform} className="space-y-3 rounded-xl border border-zinc-200 p-4">
                  <legend className="px-1 text-sm font-semibold text-zinc-900">{rule.label}</legend>
                  {post.parts.map((part, i) => (
                    <div key={i} className="space-y-1">
                      <FormField label={post.parts.length > 1 ? `Part ${i + 1}` : "Post"}>
                        <Textarea rows={Math.min(10, Math.max(3, Math.ceil(part.length / 70)))} value={part} onChange={(e) => setPart(p, i, e.target.value)} />
                      </FormField>
                      <div className="flex items-center gap-2">
                        <CharCount platform={post.platform} text={part} className="flex-1" />
                        {post.parts.length > 1 && (
                          <Button type="button" variant="ghost" size="sm" onClick={() => changePart(p, (parts) => parts.filter((_, k) => k !== i))}>
                            <Trash2 aria-hidden /> Remove part {i + 1}
                          </Button>
                        )}
                      </div>
                    </div>
                  ))}
                  {rule.threads && (
                    <Button type="button" variant="secondary" size="sm" onClick={() => changePart(p, (parts) => [...parts, ""])}>
                      <Plus aria-hidden /> Add a part
                    </Button>
                  )}
                </fieldset>
              );
            })
          )}
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Save as version {version.number + 1}
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}
