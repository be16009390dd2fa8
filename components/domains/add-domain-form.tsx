"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

/** One field: the domain to connect (blog or app); the server normalizes and validates it. */
export function AddDomainForm({ slug, kind, placeholder, description }: { slug: string; kind: "blog" | "app"; placeholder: string; description: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [host, setHost] = useState("");
  const add = useMutation(
    trpc.domain.add.mutationOptions({
      onSuccess: () => {
        setHost("");
        return queryClient.invalidateQueries({ queryKey: trpc.domain.list.queryKey({ workspaceSlug: slug }) });
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate({ workspaceSlug: slug, kind, host });
  }
  return (
    <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <FormField label="Domain" description={description} error={add.isError ? errorMessage(add.error) : null} className="flex-1">
        <Input
          value={host}
          onChange={(e) => setHost(e.target.value)}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          inputMode="url"
          required
        />
      </FormField>
      <Button type="submit" loading={add.isPending} className="sm:mt-6">
        <Plus aria-hidden /> Connect
      </Button>
    </form>
  );
}
