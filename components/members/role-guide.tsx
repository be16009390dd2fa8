import { Card, CardHeader } from "@/components/ui/card";
import { roleLabels, roles } from "@/lib/workspaces/permissions";

/** What each role may do, from the one permission matrix. */
export function RoleGuide() {
  return (
    <Card className="h-fit">
      <CardHeader title="Roles" as="h2" description="Each member has one role in this workspace." />
      <dl className="space-y-3.5 px-5 pt-4 pb-5 sm:px-6">
        {roles.map((role) => (
          <div key={role}>
            <dt className="text-sm font-medium text-zinc-900">{roleLabels[role].label}</dt>
            <dd className="mt-0.5 text-[13px] leading-5 text-zinc-500">{roleLabels[role].description}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
