import "server-only";

/**
 * Instagram and Threads publish in two steps: create a media container, wait until the platform
 * has fetched and processed its media (status FINISHED), then publish the container. Images
 * usually finish at once; we look again with growing pauses for about a minute. A container is
 * not a post, so giving up here is safe to retry.
 */
import { ConnectorError } from "../errors";
import type { ConnectorContext } from "../types";
import { sleep } from "./channel";
import { graphGet, type GraphOptions } from "./graph";

const pausesMs = [0, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

type ContainerStatus = { status_code?: string; status?: string; error_message?: string };

/** `field` is `status_code` on Instagram and `status` on Threads. */
export async function waitForContainer(
  ctx: ConnectorContext,
  graph: string,
  containerId: string,
  field: "status_code" | "status",
  options: GraphOptions,
): Promise<void> {
  const fields = field === "status" ? "status,error_message" : "status_code,status";
  for (const pause of pausesMs) {
    await sleep(pause, ctx.signal);
    const body = await graphGet<ContainerStatus>(ctx, `${graph}/${containerId}`, { fields }, { ...options, subject: "the media" });
    const state = field === "status" ? body.status : body.status_code;
    if (state === "FINISHED" || state === "PUBLISHED") return;
    if (state === "ERROR" || state === "EXPIRED") {
      const why = (field === "status" ? body.error_message : body.status) ?? state.toLowerCase();
      throw new ConnectorError("rejected", `${options.label} could not process the media (${why}). Check that each image is a reachable JPEG or PNG.`);
    }
  }
  throw new ConnectorError("transient", `${options.label} is still processing the media; we will try again.`);
}
