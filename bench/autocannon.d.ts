/** The part of autocannon's API the blog bench uses (the package ships no types). */
declare module "autocannon" {
  interface Result {
    requests: { average: number };
    latency: { p50: number; p90: number; p97_5: number; p99: number };
    non2xx: number;
  }
  export default function autocannon(options: { url: string; connections?: number; duration?: number; headers?: Record<string, string> }): Promise<Result>;
}
