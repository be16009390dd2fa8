/** Dates and numbers on the billing page, in words. */
export const dayMonthYear = (at: Date | string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(at));

const statusWords: Record<string, { label: string; tone: "success" | "warning" | "danger" | "brand" | "neutral" }> = {
  active: { label: "Active", tone: "success" },
  trialing: { label: "Trial", tone: "brand" },
  past_due: { label: "Payment past due", tone: "danger" },
  unpaid: { label: "Unpaid", tone: "danger" },
  canceled: { label: "Cancelled", tone: "neutral" },
  incomplete: { label: "Awaiting payment", tone: "warning" },
  incomplete_expired: { label: "Checkout expired", tone: "neutral" },
  paused: { label: "Paused", tone: "warning" },
};

export const statusOf = (status: string) => statusWords[status] ?? { label: status.replace(/_/g, " "), tone: "neutral" as const };
