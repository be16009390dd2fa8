/** What a webhook receiver gets and how it verifies it (Standard Webhooks), shown with the signing secret. */
export function ReceiverDocs() {
  return (
    <section aria-labelledby="webhook-receiver-docs" className="space-y-2 rounded-md border border-zinc-200 bg-zinc-50 p-3 text-[13px] text-zinc-700">
      <h3 id="webhook-receiver-docs" className="font-medium text-zinc-900">
        For your receiver
      </h3>
      <p>
        Requests follow the{" "}
        <a href="https://www.standardwebhooks.com" target="_blank" rel="noreferrer" className="underline">
          Standard Webhooks
        </a>{" "}
        spec: any of its libraries verifies them with this secret.
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <code>webhook-id</code> names the post and stays the same on every retry: if you have seen it, answer 2xx and do nothing.
        </li>
        <li>
          <code>webhook-timestamp</code> and <code>webhook-signature</code> (<code>v1,</code> + base64 HMAC-SHA256 of <code>id.timestamp.body</code>) prove the
          request is from Loomcast; refuse it with 401 otherwise.
        </li>
        <li>
          Answer <code>{'{ "id": …, "url": … }'}</code> to show a link to the post; 410 turns the webhook off, 429 and 5xx are retried.
        </li>
      </ul>
      <pre className="overflow-x-auto rounded bg-white p-2 font-mono text-[12px]">{`import { Webhook } from "standardwebhooks";
const post = new Webhook(secret).verify(rawBody, headers);`}</pre>
      <p className="text-zinc-500">
        Secrets from before December 2026 contain <code>-</code> or <code>_</code>: for a Standard Webhooks library write them with <code>+</code> and{" "}
        <code>/</code> and add <code>=</code>, or add the same URL again for a new secret. Their <code>X-Loomcast-Signature</code> header is still sent.
      </p>
    </section>
  );
}
