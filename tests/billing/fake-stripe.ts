/**
 * A local Stripe for tests and e2e: the endpoints billing uses (customers, Checkout sessions,
 * billing portal sessions, subscriptions), with Stripe's conventions — form-encoded bodies,
 * `Authorization: Bearer sk_…`, and errors as `{ error: { type, message, param } }`. Checkout and
 * portal URLs point back at this server, which serves a small page for each, so a browser can
 * land there.
 */
import type { FakeServer, LoggedRequest, Reply } from "@/tests/publish/fakes/fake-server";

export type FakeSubscription = {
  id: string;
  object: "subscription";
  customer: string;
  status: string;
  cancel_at_period_end: boolean;
  trial_end: number | null;
  metadata: Record<string, string>;
  items: { object: "list"; data: Array<{ id: string; object: "subscription_item"; price: { id: string; object: "price" }; current_period_start: number; current_period_end: number; quantity: number }> };
};

export interface FakeStripe {
  customers: Map<string, { id: string; name: string | null; email: string | null; metadata: Record<string, string> }>;
  checkoutSessions: Map<string, Record<string, unknown>>;
  subscriptions: Map<string, FakeSubscription>;
  /** Checkout/portal request bodies as Stripe received them (decoded form fields). */
  forms(path: string): URLSearchParams[];
}

const stripeError = (status: number, type: string, message: string, param?: string): Reply => ({ status, json: { error: { type, message, ...(param ? { param } : {}) } } });

const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;

function metadataOf(form: URLSearchParams, prefix = "metadata"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form) {
    const m = new RegExp(`^${prefix.replace(/[[\]]/g, "\\$&")}\\[(\\w+)\\]$`).exec(key);
    if (m) out[m[1]!] = value;
  }
  return out;
}

/** A subscription object shaped like Stripe's (period on the item, as in current API versions). */
export function fakeSubscription(input: { id?: string; customer: string; price: string; status?: string; periodStart?: Date; periodEnd?: Date; trialEnd?: Date | null; organizationId?: string }): FakeSubscription {
  const start = input.periodStart ?? new Date();
  const end = input.periodEnd ?? new Date(start.getTime() + 30 * 86_400_000);
  return {
    id: input.id ?? newId("sub"),
    object: "subscription",
    customer: input.customer,
    status: input.status ?? "active",
    cancel_at_period_end: false,
    trial_end: input.trialEnd ? Math.floor(input.trialEnd.getTime() / 1000) : null,
    metadata: input.organizationId ? { organization_id: input.organizationId } : {},
    items: {
      object: "list",
      data: [{ id: newId("si"), object: "subscription_item", price: { id: input.price, object: "price" }, quantity: 1, current_period_start: Math.floor(start.getTime() / 1000), current_period_end: Math.floor(end.getTime() / 1000) }],
    },
  };
}

function page(title: string, body: string): Reply {
  return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, text: `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${body}</p></body></html>` };
}

export function registerFakeStripe(server: FakeServer): FakeStripe {
  const state: FakeStripe = {
    customers: new Map(),
    checkoutSessions: new Map(),
    subscriptions: new Map(),
    forms: (path) => server.requests.filter((r) => r.method === "POST" && r.path === path).map((r) => new URLSearchParams(r.body)),
  };
  const api = (method: string, path: string, handler: (req: LoggedRequest, form: URLSearchParams, params: Record<string, string>) => Reply) =>
    server.route(method, path, (req, params) => {
      const auth = req.headers.authorization ?? "";
      if (!/^Bearer sk_(test|live)_\S+$/.test(auth)) return stripeError(401, "invalid_request_error", "Invalid API Key provided.");
      if (method === "POST" && !(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
        return stripeError(400, "invalid_request_error", "Request bodies must be form-encoded.");
      }
      return handler(req, new URLSearchParams(req.body), params);
    });

  api("POST", "/v1/customers", (_req, form) => {
    const customer = { id: newId("cus"), object: "customer", name: form.get("name"), email: form.get("email"), metadata: metadataOf(form) };
    state.customers.set(customer.id, customer);
    return { json: customer };
  });

  api("POST", "/v1/checkout/sessions", (_req, form) => {
    for (const param of ["mode", "success_url", "line_items[0][price]"]) {
      if (!form.get(param)) return stripeError(400, "invalid_request_error", `Missing required param: ${param}.`, param);
    }
    const customer = form.get("customer");
    if (customer && !state.customers.has(customer)) return stripeError(400, "invalid_request_error", `No such customer: '${customer}'`, "customer");
    const id = newId("cs_test");
    const session = { id, object: "checkout.session", mode: form.get("mode"), customer, client_reference_id: form.get("client_reference_id"), status: "open", subscription: null, url: `${server.url}/checkout/${id}`, metadata: metadataOf(form) };
    state.checkoutSessions.set(id, session);
    return { json: session };
  });

  api("POST", "/v1/billing_portal/sessions", (_req, form) => {
    const customer = form.get("customer");
    if (!customer || !state.customers.has(customer)) return stripeError(400, "invalid_request_error", `No such customer: '${customer}'`, "customer");
    const id = newId("bps");
    return { json: { id, object: "billing_portal.session", customer, return_url: form.get("return_url"), url: `${server.url}/portal/${id}` } };
  });

  api("GET", "/v1/subscriptions/:id", (_req, _form, params) => {
    const sub = state.subscriptions.get(params.id!);
    return sub ? { json: sub } : stripeError(404, "invalid_request_error", `No such subscription: '${params.id}'`, "id");
  });

  server.route("GET", "/checkout/:id", (_req, params) => (state.checkoutSessions.has(params.id!) ? page("Fake Stripe Checkout", `Session ${params.id}`) : { status: 404, text: "no such session" }));
  server.route("GET", "/portal/:id", (_req, params) => page("Fake Stripe billing portal", `Session ${params.id}`));
  return state;
}
