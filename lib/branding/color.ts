/** Hex colours: parsing, WCAG contrast, mixing, and the theme tokens the tenant UI uses. */

export const hexPattern = /^#[0-9a-f]{6}$/;

/** "#abc" or "#AABBCC" → "#aabbcc"; anything else → null. */
export function normaliseHex(input: string): string | null {
  const value = input.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return hexPattern.test(value) ? value : null;
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Normal-size text needs 4.5:1 (WCAG AA). */
export const minimumTextContrast = 4.5;

/** White or near-black, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return contrastRatio("#ffffff", background) >= contrastRatio("#18181b", background) ? "#ffffff" : "#18181b";
}

/** `weight` of `a` mixed with the rest of `b`, in sRGB. */
export function mix(a: string, b: string, weight: number): string {
  const [x, y] = [channels(a), channels(b)];
  return toHex([0, 1, 2].map((i) => x[i]! * weight + y[i]! * (1 - weight)) as [number, number, number]);
}

/**
 * The brand scale the UI's Tailwind classes read (`--color-brand-50` … `-950`), derived from
 * the primary colour (600) and the accent (100), plus the text colour on primary.
 */
export function themeTokens(colors: { primary: string; primaryForeground: string; accent: string }): Record<string, string> {
  const { primary, accent } = colors;
  return {
    "--color-brand-50": mix(accent, "#ffffff", 0.45),
    "--color-brand-100": accent,
    "--color-brand-200": mix(primary, "#ffffff", 0.3),
    "--color-brand-300": mix(primary, "#ffffff", 0.5),
    "--color-brand-400": mix(primary, "#ffffff", 0.72),
    "--color-brand-500": mix(primary, "#ffffff", 0.88),
    "--color-brand-600": primary,
    "--color-brand-700": mix(primary, "#000000", 0.85),
    "--color-brand-800": mix(primary, "#000000", 0.7),
    "--color-brand-900": mix(primary, "#000000", 0.55),
    "--color-brand-950": mix(primary, "#000000", 0.4),
    "--color-brand-foreground": colors.primaryForeground,
  };
}

/** The tokens as one CSS declaration block (values are validated hex, names are ours). */
export function themeCss(selector: string, tokens: Record<string, string>): string {
  return `${selector}{${Object.entries(tokens)
    .map(([name, value]) => `${name}:${value}`)
    .join(";")}}`;
}
