import { platformRules } from "@/lib/ai/platforms/platform-rules";
import { FeedPreview } from "./feed-preview";
import { GenericPreview } from "./generic-preview";
import { InstagramPreview } from "./instagram-preview";
import { PreviewFrame } from "./preview-frame";
import { isThreaded, ThreadedPreview } from "./threaded-preview";
import type { PostPreviewProps } from "./types";
import { formatNumber } from "@/lib/format";

/** One target's post as that network shows it, inside a frame naming the network, the format and the limit. */
export function PostPreview(props: PostPreviewProps) {
  const { platform, parts } = props;
  const rule = platformRules[platform];
  const detail = `${parts.length > 1 ? `Thread of ${parts.length}` : "Single post"} · limit ${formatNumber(rule.maxChars)}`;
  return (
    <PreviewFrame platform={platform} detail={detail}>
      {isThreaded(platform) ? (
        <ThreadedPreview {...props} platform={platform} />
      ) : platform === "linkedin" || platform === "facebook" ? (
        <FeedPreview {...props} platform={platform} />
      ) : platform === "instagram" ? (
        <InstagramPreview {...props} />
      ) : (
        <GenericPreview {...props} />
      )}
    </PreviewFrame>
  );
}
