export const auditPageSize = 25;

export interface AuditFilterValues {
  action: string;
  actorId: string;
  /** yyyy-mm-dd from a date input, or "". */
  from: string;
  to: string;
}

export const emptyAuditFilters: AuditFilterValues = { action: "", actorId: "", from: "", to: "" };

/** The audit.list input for a set of filters: days are whole local days, "" means no filter. */
export function auditListInput(workspaceSlug: string, f: AuditFilterValues) {
  const to = f.to && (!f.from || f.from <= f.to) ? f.to : ""; // an inverted range is flagged in the form
  return {
    workspaceSlug,
    limit: auditPageSize,
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.from ? { from: new Date(`${f.from}T00:00:00`) } : {}),
    ...(to ? { to: new Date(`${to}T23:59:59.999`) } : {}),
  };
}
