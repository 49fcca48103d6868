/**
 * @fileoverview Providers that run on the user's machine or network (Ollama, vLLM, SGLang),
 * with the facts of OpenClaw 2026.4.12. Their models are whatever the server has, so no
 * model list is known ahead. Data only; one entry per provider id.
 */

import type { ProviderInfo } from "../types.js";

export const LOCAL_PROVIDERS: readonly ProviderInfo[] = [
  {
    id: "ollama",
    label: "Ollama",
    aliases: [],
    envVars: ["OLLAMA_API_KEY"],
    defaultBaseUrl: "http://127.0.0.1:11434",
    api: "ollama",
    defaultModel: "gemma4",
    knownModels: [],
    note: "A local server needs no key; Ollama cloud models (e.g. kimi-k2.5:cloud) need OLLAMA_API_KEY. Models are discovered from the server.",
  },
  {
    id: "vllm",
    label: "vLLM",
    aliases: [],
    envVars: ["VLLM_API_KEY"],
    defaultBaseUrl: "http://127.0.0.1:8000/v1",
    api: "openai-completions",
    knownModels: [],
  },
  {
    id: "sglang",
    label: "SGLang",
    aliases: [],
    envVars: ["SGLANG_API_KEY"],
    defaultBaseUrl: "http://127.0.0.1:30000/v1",
    api: "openai-completions",
    knownModels: [],
  },
];
