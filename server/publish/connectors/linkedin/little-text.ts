import "server-only";

/**
 * LinkedIn's "little text" format for post commentary: the characters \ | { } @ [ ] ( ) < > # * _ ~
 * are markup and must be escaped with a backslash, or LinkedIn silently drops the rest of the
 * post. Hashtags are written as `{hashtag|\#|tag}` templates so they stay real hashtags.
 */
const reserved = /[\\|{}@[\]()<>#*_~]/g;
const hashtag = /#([\p{L}\p{N}_]+)/gu;

const escape = (text: string) => text.replace(reserved, (c) => `\\${c}`);

export function toLittleText(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(hashtag)) {
    out += escape(text.slice(last, match.index)) + `{hashtag|\\#|${escape(match[1]!)}}`;
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}

/** The plain text a little-text commentary shows (hashtag templates back to #tag, escapes removed). */
export function fromLittleText(commentary: string): string {
  return commentary.replace(/\{hashtag\|\\#\|((?:\\.|[^}\\])*)\}/g, (_m, tag: string) => `#${tag}`).replace(/\\(.)/g, "$1");
}
