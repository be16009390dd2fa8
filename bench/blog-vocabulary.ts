/**
 * A blog-like vocabulary for the search bench: ~40,000 entries ranked by frequency and drawn with a
 * Zipf-like (log-uniform rank, P(r) ≈ 1/r) distribution, so a few words occur in most posts and most
 * words in few. Stop words lead; real SaaS-blog words and phrases sit at chosen ranks (common to
 * rare, see `planted`) among pronounceable filler words. Deterministic (seeded PRNG).
 */

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stop = ("the of and to a in is that for it with as on be this are you your we our can at by from or have more not but " +
  "they their what when how all will an if so about one which do there out up than just into").split(" ");

/** Everyday words that make sentences read like prose (ranks right after the stop words). */
const everyday = ("time people team work customers product data use make new first help like need way business users " +
  "company start good best better year week month day plan build write read change keep show find know think look " +
  "question answer problem idea result results simple easy hard fast slow small large early late right wrong last next " +
  "open close part whole number price cost money value market goal process step list tool tools page site post story " +
  "example case reason point set test learn share call meet talk ask support grow lose win try run move stay leave").split(" ");

/**
 * Real words and phrases at fixed ranks: a rank r word appears in roughly 1 − (1 − 1/(r·ln V))^L of
 * posts of L words (rank 100: ~30 % of posts; 1,000: ~4 %; 20,000: ~0.2 %).
 */
export const planted: Record<string, number> = {
  pricing: 120, growth: 180, retention: 260, marketing: 300, onboarding: 700, churn: 900, hiring: 1100,
  security: 1300, analytics: 1500, fundraising: 2500, dashboards: 3000, invoices: 4000, partnerships: 4500,
  cohorts: 6000, enterprise: 1900, "customer success": 2200, "usage-based pricing": 3500, "onboarding emails": 8000,
  espresso: 22000, kubernetes: 15000, "net revenue retention": 12000, sourdough: 30000, audit: 2800, experiments: 1700,
  scaling: 1000, founders: 650, interviews: 1400, roadmap: 2100, webhooks: 9000, compliance: 5200, localization: 17000,
};

/** Topics: a post is mostly about one of these (Zipf over topics too); titles and tags come from them. */
export const topics = ["pricing", "growth", "retention", "marketing", "onboarding", "churn", "hiring", "security", "analytics",
  "fundraising", "design", "engineering", "sales", "support", "product", "community", "partnerships", "seo", "content",
  "billing", "compliance", "infrastructure", "culture", "leadership", "remote work", "customer success", "strategy",
  "operations", "finance", "legal", "devops", "mobile", "data", "ai", "research", "branding", "events", "localization",
  "accessibility", "performance", "open source", "careers", "announcements", "case studies", "tutorials", "integrations",
  "webhooks", "kubernetes", "coffee", "travel"];

const syllables = ["ba", "ko", "ri", "tel", "man", "sor", "vi", "den", "la", "pur", "ex", "on", "ta", "mi", "gra", "ul",
  "pen", "dor", "qui", "ste", "ram", "fo", "lin", "cas", "ve", "nu", "bro", "tis", "gal", "mer", "zo", "har"];

export interface Vocabulary {
  words: string[]; // index 0 = rank 1
  draw: () => string;
}

export function vocabulary(size = 40_000, random = prng(42)): Vocabulary {
  const taken = new Set<string>([...stop, ...everyday, ...Object.keys(planted), ...topics]);
  const filler: string[] = [];
  for (let n = 0; filler.length < size; n++) {
    const k = 2 + (n % 3);
    let w = "";
    for (let i = 0; i < k; i++) w += syllables[Math.floor(random() * syllables.length)];
    if (!taken.has(w)) {
      taken.add(w);
      filler.push(w);
    }
  }
  const words = [...stop, ...everyday, ...filler].slice(0, size);
  for (const [word, rank] of Object.entries(planted).sort((a, b) => a[1] - b[1])) words.splice(rank - 1, 0, word);
  words.length = size;
  const logV = Math.log(words.length + 1);
  return { words, draw: () => words[Math.floor(Math.exp(random() * logV)) - 1]! };
}

/** Zipf-ish pick from a short list (first entries most likely). */
export function pickZipf<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(Math.exp(random() * Math.log(list.length + 1))) - 1]!;
}
