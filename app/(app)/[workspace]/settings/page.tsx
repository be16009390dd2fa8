import type { Metadata } from "next";
import { SettingsPage } from "@/components/settings/settings-page";

export const metadata: Metadata = { title: "Settings" };

/** The workspace itself was loaded (and hydrated) by the layout. */
export default function Page() {
  return <SettingsPage />;
}
