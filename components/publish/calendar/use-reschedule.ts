"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { browserTimeZone, zonedToInstant } from "@/lib/time-zone";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { CalendarEntry } from "../types";

/**
 * publish.reschedule with an optimistic move on the calendar query on screen: the entry jumps
 * at once, and jumps back (with an error toast) if the server refuses.
 */
export function useReschedule(calendarInput: { workspaceSlug: string; from: string; to: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = trpc.publish.calendar.queryKey(calendarInput);
  return useMutation(
    trpc.publish.reschedule.mutationOptions({
      onMutate: async (vars) => {
        await queryClient.cancelQueries({ queryKey: key });
        const previous = queryClient.getQueryData(key);
        const at = zonedToInstant(vars.runAt, vars.timezone ?? browserTimeZone());
        if (at) {
          queryClient.setQueryData(key, (old) =>
            old?.map((e: CalendarEntry) => (e.jobId === vars.jobId ? { ...e, runAt: at } : e)),
          );
        }
        return { previous };
      },
      onError: (error, _vars, context) => {
        if (context?.previous) queryClient.setQueryData(key, context.previous);
        toast.error("Couldn't reschedule", errorMessage(error));
      },
      onSuccess: () => toast.success("Rescheduled"),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.publish.pathKey() }),
    }),
  );
}
