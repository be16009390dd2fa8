"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      loading={pending}
      onClick={() => {
        setPending(true);
        void signOut({ redirectTo: "/sign-in" });
      }}
    >
      {!pending && <LogOut aria-hidden />} Sign out
    </Button>
  );
}
