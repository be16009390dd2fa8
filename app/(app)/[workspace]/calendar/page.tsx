import type { Metadata } from "next";
import { Suspense } from "react";
import { CalendarPage } from "@/components/publish/calendar/calendar-page";
import { Skeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: "Calendar" };

/** The calendar loads in the browser: its days and times are the viewer's own time zone. */
export default function Page() {
  return (
    <Suspense fallback={<Skeleton className="h-[640px] w-full rounded-2xl" />}>
      <CalendarPage />
    </Suspense>
  );
}
