import "server-only";

/** A response body that errors (and stops reading from the socket) once it passes `maxBytes`. */

export class ResponseTooLargeError extends Error {
  readonly code = "RESPONSE_TOO_LARGE";
  constructor(readonly maxBytes: number) {
    super(`The response was larger than ${maxBytes.toLocaleString("en")} bytes; it was cut off.`);
    this.name = "ResponseTooLargeError";
  }
}

export function cappedBody(body: ReadableStream<Uint8Array>, maxBytes: number, abort: (reason: Error) => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        controller.error(error);
        return;
      }
      if (chunk.done) return controller.close();
      received += chunk.value.byteLength;
      if (received > maxBytes) {
        const error = new ResponseTooLargeError(maxBytes);
        controller.error(error);
        abort(error);
        void reader.cancel(error).catch(() => undefined);
        return;
      }
      controller.enqueue(chunk.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
