import { describe, expect, it, vi } from "vitest";
import { env } from "@/env";
import { linkIn, mailsTo } from "../factories/mailbox";
import { callerFor, unique } from "../factories/users";
import { sessionOverHttp, signInOverHttp } from "./session-http";

const password = "first password 123";

async function account() {
  const email = `${unique("sessions")}@example.test`;
  const { userId } = await callerFor(null).auth.signUp({ name: "Session Owner", email, password });
  return { email, userId };
}

/** A caller acting as the browser holding `cookie`, as the tRPC HTTP context builds it. */
async function callerOf(cookie: string, email: string) {
  const session = await sessionOverHttp(cookie);
  if (!session) throw new Error("not signed in");
  return callerFor({ id: session.userId, email, name: null, sessionId: session.sessionId });
}

describe("sessions end when they should (Auth.js handlers over HTTP)", () => {
  it("a session cookie from before a password reset is refused afterwards", async () => {
    const { email } = await account();
    const cookie = await signInOverHttp(email, password);
    expect(cookie).toBeTruthy();
    expect(await sessionOverHttp(cookie!)).not.toBeNull();

    await callerFor(null).auth.requestPasswordReset({ email });
    const [mail] = (await mailsTo(email)).filter((m) => m.subject === "Reset your Loomcast password");
    const token = new URL(linkIn(mail!.text, `${env.APP_URL}/reset-password?token=`)).searchParams.get("token")!;
    await callerFor(null).auth.resetPassword({ token, password: "second password 456" });

    expect(await sessionOverHttp(cookie!)).toBeNull();
    expect((await mailsTo(email)).map((m) => m.subject)).toContain("Your Loomcast password was changed");
    // The new password signs in again.
    expect(await sessionOverHttp((await signInOverHttp(email, "second password 456"))!)).not.toBeNull();
  });

  it("a wrong password gets no session", async () => {
    const { email } = await account();
    expect(await signInOverHttp(email, "not the password")).toBeNull();
  });

  it("signing out one session ends that one only; another user's session id is NOT_FOUND", async () => {
    const { email } = await account();
    const laptop = (await signInOverHttp(email, password, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Firefox/140.0"))!;
    const phone = (await signInOverHttp(email, password, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Safari/604.1"))!;
    const laptopCaller = await callerOf(laptop, email);
    const list = await laptopCaller.account.sessions();
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ current: true, device: "Firefox on macOS" });
    const phoneRow = list.find((s) => !s.current)!;
    expect(phoneRow.device).toBe("Safari on iOS");

    const stranger = await account();
    const strangerCookie = (await signInOverHttp(stranger.email, password))!;
    await expect((await callerOf(strangerCookie, stranger.email)).account.signOutSession({ sessionId: phoneRow.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await sessionOverHttp(phone)).not.toBeNull();

    await laptopCaller.account.signOutSession({ sessionId: phoneRow.id });
    expect(await sessionOverHttp(phone)).toBeNull();
    expect(await sessionOverHttp(laptop)).not.toBeNull();
    expect(await laptopCaller.account.sessions()).toHaveLength(1);
    // The second browser signing in got a security mail (sent in the background); the first sign-in did not.
    await vi.waitFor(async () => expect((await mailsTo(email)).filter((m) => m.subject === "New sign-in to your Loomcast account")).toHaveLength(1));
  });

  it("a password change and 'sign out everywhere else' keep this browser and end the others", async () => {
    const { email } = await account();
    const here = (await signInOverHttp(email, password))!;
    const there = (await signInOverHttp(email, password))!;
    const caller = await callerOf(here, email);
    await expect(caller.account.changePassword({ currentPassword: "wrong one", newPassword: "another password 789" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await sessionOverHttp(there)).not.toBeNull();
    await caller.account.changePassword({ currentPassword: password, newPassword: "another password 789" });
    expect(await sessionOverHttp(there)).toBeNull();
    expect(await sessionOverHttp(here)).not.toBeNull();

    const third = (await signInOverHttp(email, "another password 789"))!;
    expect(await caller.account.signOutOtherSessions()).toEqual({ sessionsEnded: 1 });
    expect(await sessionOverHttp(third)).toBeNull();
    expect(await sessionOverHttp(here)).not.toBeNull();
  });

  it("signing out revokes the session row, so a copy of the cookie stops working", async () => {
    const { email } = await account();
    const cookie = (await signInOverHttp(email, password))!;
    const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
    const { NextRequest } = await import("next/server");
    const csrf = await GET(new NextRequest(`${env.APP_URL}/api/auth/csrf`, { headers: { cookie } }));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    await POST(
      new NextRequest(`${env.APP_URL}/api/auth/signout`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${csrfCookie}` },
        body: new URLSearchParams({ csrfToken }),
      }),
    );
    expect(await sessionOverHttp(cookie)).toBeNull();
  });
});
