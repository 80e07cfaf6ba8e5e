import type { LanguageModel } from "ai";
import type { ProviderConfig } from "../config.ts";

/** The model asked for when CANDOR_LLM_MODEL is not set. */
export const DEFAULT_MODELS = {
  anthropic: "claude-sonnet-4-5",
  "openai-compatible": "llama3.1",
} as const;

/** A configured model and a name that is safe to show and log (never the key). */
export interface ConfiguredModel {
  model: LanguageModel;
  description: string;
}

/**
 * The language model the configuration names, or undefined when none is configured. The provider's
 * package is imported only here, so a Candor without a provider never loads it.
 */
export async function loadLanguageModel(
  provider: ProviderConfig,
): Promise<ConfiguredModel | undefined> {
  switch (provider.kind) {
    case "none":
      return undefined;
    case "anthropic": {
      const modelId = provider.model ?? DEFAULT_MODELS.anthropic;
      const { createAnthropic } = await import("@ai-sdk/anthropic");
      const anthropic = createAnthropic({
        apiKey: provider.apiKey,
        ...(provider.baseUrl === undefined ? {} : { baseURL: provider.baseUrl }),
      });
      return { model: anthropic(modelId), description: `Anthropic ${modelId}` };
    }
    case "openai-compatible": {
      const modelId = provider.model ?? DEFAULT_MODELS["openai-compatible"];
      const { createOpenAICompatible } = await import("@ai-sdk/openai-compatible");
      const compatible = createOpenAICompatible({ name: "candor-llm", baseURL: provider.baseUrl });
      return {
        model: compatible.chatModel(modelId),
        description: `${modelId} at ${new URL(provider.baseUrl).host}`,
      };
    }
  }
}
