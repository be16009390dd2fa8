"use client";

import Link from "next/link";
import { ChannelName } from "@/components/channels/channel-mark";
import { LocalTime } from "@/components/brand/local-time";
import { JobActions } from "./job-actions";
import { AtRiskMark, RiskNote } from "./risk-note";
import { JobStatusBadge } from "./status-badge";
import type { PublishJob } from "./types";

/** One row per delivery: title, channel, time, status (and "at risk" from pre-flight), attempts, the reason it failed, actions. */
export function JobsTable({ slug, jobs, canPublish }: { slug: string; jobs: PublishJob[]; canPublish: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Publish jobs, newest run time first. Times in your time zone.</caption>
        <thead className="border-b border-zinc-100 text-[12px] font-medium text-zinc-500">
          <tr>
            <th scope="col" className="px-5 py-2.5 font-medium sm:px-6">Content</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Channel</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Runs at</th>
            <th scope="col" className="px-3 py-2.5 font-medium">Status</th>
            <th scope="col" className="px-3 py-2.5 text-right font-medium">Attempts</th>
            <th scope="col" className="px-5 py-2.5 text-right font-medium sm:px-6">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {jobs.map((job) => (
            <tr key={job.id} className="align-top">
              <td className="max-w-xs px-5 py-3 sm:px-6">
                <Link href={`/${slug}/content/${job.contentItemId}`} className="font-medium text-zinc-900 hover:text-brand-700 hover:underline">
                  {job.title}
                </Link>
                {job.risk && <RiskNote risk={job.risk} slug={slug} contentItemId={job.contentItemId} className="mt-1" />}
                {job.status === "failed" && job.lastError && (
                  <p className="mt-1 text-[13px] leading-5 text-red-700">
                    <span className="font-medium">Why it stopped:</span> {job.lastError.message}
                    {!job.lastError.permanent && " It may work if you retry."}
                  </p>
                )}
              </td>
              <td className="px-3 py-3">
                <ChannelName channel={job.channel} className="max-w-44 text-zinc-700" />
              </td>
              <td className="px-3 py-3 whitespace-nowrap text-zinc-600">
                <LocalTime date={job.runAt} />
              </td>
              <td className="px-3 py-3">
                <JobStatusBadge status={job.status} />
                {job.risk && <AtRiskMark className="mt-1 flex text-[12px]" />}
              </td>
              <td className="px-3 py-3 text-right text-zinc-600 tabular-nums">{job.attempts}</td>
              <td className="px-5 py-3 sm:px-6">
                <JobActions slug={slug} job={job} canPublish={canPublish} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
