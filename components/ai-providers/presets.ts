import type { ProviderKind } from "@/lib/ai-providers/kinds";

/** A starting point for the add dialog: the fields it fills and what to tell the user. */
export type Preset = {
  id: string;
  kind: ProviderKind;
  name: string;
  label: string;
  baseUrl: string;
  model: string;
  models: string[];
  keyHint: string;
  hint: string;
};

export const presets: Preset[] = [
  {
    id: "openai",
    kind: "openai",
    name: "OpenAI",
    label: "OpenAI",
    baseUrl: "",
    model: "gpt-4o-mini",
    models: ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-4.1", "gpt-5-mini", "gpt-5"],
    keyHint: "Starts with sk-. Create one at platform.openai.com → API keys.",
    hint: "Calls api.openai.com. Set a base URL only to go through a proxy or Azure-style gateway.",
  },
  {
    id: "anthropic",
    kind: "anthropic",
    name: "Anthropic",
    label: "Anthropic",
    baseUrl: "",
    model: "claude-3-5-haiku-latest",
    models: ["claude-3-5-haiku-latest", "claude-haiku-4-5", "claude-sonnet-4-5", "claude-opus-4-5"],
    keyHint: "Starts with sk-ant-. Create one at console.anthropic.com → API keys.",
    hint: "Calls api.anthropic.com.",
  },
  {
    id: "google",
    kind: "google",
    name: "Google Gemini",
    label: "Google Gemini",
    baseUrl: "",
    model: "gemini-2.5-flash",
    models: ["gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-2.5-pro", "gemini-2.0-flash"],
    keyHint: "Create one in Google AI Studio → Get API key.",
    hint: "Calls the Gemini API (generativelanguage.googleapis.com).",
  },
  {
    id: "ollama",
    kind: "openai-compatible",
    name: "Ollama",
    label: "Ollama",
    baseUrl: "http://localhost:11434/v1",
    model: "llama3.1",
    models: ["llama3.1", "llama3.2", "qwen2.5", "mistral", "gemma2"],
    keyHint: "Not needed for a local Ollama.",
    hint: "Runs models on your own machine. The URL must be reachable from the Loomcast server; pull the model first (ollama pull llama3.1).",
  },
  {
    id: "vllm",
    kind: "openai-compatible",
    name: "vLLM",
    label: "vLLM",
    baseUrl: "http://localhost:8000/v1",
    model: "",
    models: ["meta-llama/Llama-3.1-8B-Instruct", "Qwen/Qwen2.5-7B-Instruct"],
    keyHint: "Only if the server was started with --api-key.",
    hint: "Use the model name the server was started with (vllm serve <model>).",
  },
  {
    id: "openrouter",
    kind: "openai-compatible",
    name: "OpenRouter",
    label: "OpenRouter",
    baseUrl: "https://openrouter.ai/api/v1",
    model: "openai/gpt-4o-mini",
    models: ["openai/gpt-4o-mini", "anthropic/claude-3.5-haiku", "google/gemini-2.5-flash", "meta-llama/llama-3.1-70b-instruct"],
    keyHint: "Starts with sk-or-. Create one at openrouter.ai → Keys.",
    hint: "One key for many vendors' models; model ids look like vendor/model.",
  },
  {
    id: "custom",
    kind: "openai-compatible",
    name: "Other endpoint",
    label: "",
    baseUrl: "",
    model: "",
    models: [],
    keyHint: "If the endpoint needs one; sent as a Bearer token.",
    hint: "Any server that speaks the OpenAI chat-completions API (LM Studio, LocalAI, Together, Groq …). The URL usually ends in /v1.",
  },
];

export const presetById = (id: string): Preset => presets.find((p) => p.id === id) ?? presets[0]!;

/** The preset that best describes a saved provider (for the edit dialog's hints). */
export function presetFor(kind: ProviderKind, baseUrl: string | null, label: string): Preset {
  if (kind !== "openai-compatible") return presetById(kind);
  const compatible = presets.filter((p) => p.kind === kind && p.id !== "custom");
  const byUrl = compatible.find((p) => baseUrl?.startsWith(p.baseUrl.replace(/\/v1$/, "")));
  const byName = compatible.find((p) => label.trim().toLowerCase() === p.name.toLowerCase());
  return byUrl ?? byName ?? presetById("custom");
}
