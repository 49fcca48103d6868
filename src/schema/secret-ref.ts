/**
 * @fileoverview Secret references and the "secret input" type: a credential
 * given by value (a string) or by reference ({source, provider, id}). The
 * reference is a union on `source` so each kind can check its own id format,
 * exactly as OpenClaw's config schema does.
 */
import { z } from "zod";

/** Secret-provider alias: a key of `secrets.providers` (or the implicit env alias "default"). */
export const SECRET_PROVIDER_ALIAS_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

/** An environment variable name, as an env ref's id. */
export const ENV_SECRET_ID_PATTERN = /^[A-Z][A-Z0-9_]{0,127}$/;

/**
 * A file ref's id: "value" (single-value files) or an absolute JSON pointer, in
 * which "~" appears only as the escapes ~0 and ~1.
 */
export const FILE_SECRET_ID_PATTERN = /^(?:value|\/(?:[^~]|~0|~1)*(?:\/(?:[^~]|~0|~1)*)*)$/;

/**
 * An exec ref's id: up to 256 characters from a safe set, starting with a
 * letter or digit. The lookahead refuses "." and ".." path segments so an id
 * cannot walk out of the resolver's namespace.
 */
export const EXEC_SECRET_ID_PATTERN = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9][A-Za-z0-9._:/-]{0,255}$/;

const secretProviderAlias = z
  .string()
  .regex(SECRET_PROVIDER_ALIAS_PATTERN, { error: 'a secrets provider alias: lower-case letters, digits, "_" or "-", starting with a letter (e.g. "default")' })
  .meta({
    title: "Secret provider",
    description:
      'Alias of a secret provider declared under secrets.providers with the same source. The env alias "default" ' +
      "(or whatever secrets.defaults.env names) works without being declared.",
  });

export const EnvSecretRefSchema = z
  .strictObject({
    source: z.literal("env").meta({ title: "Source", description: "Read the secret from an environment variable." }),
    provider: secretProviderAlias,
    id: z
      .string()
      .regex(ENV_SECRET_ID_PATTERN, {
        error: 'an environment variable name: upper-case letters, digits and "_", starting with a letter (e.g. "OPENAI_API_KEY")',
      })
      .meta({
        title: "Variable name",
        description: "Name of the environment variable holding the secret (upper case, e.g. OPENAI_API_KEY).",
      }),
  })
  .meta({ title: "Environment secret reference", description: "A secret read from an environment variable." });

export const FileSecretRefSchema = z
  .strictObject({
    source: z.literal("file").meta({ title: "Source", description: "Read the secret from a secrets file." }),
    provider: secretProviderAlias,
    id: z
      .string()
      .regex(FILE_SECRET_ID_PATTERN, {
        error: 'an absolute JSON pointer into the secrets file (e.g. "/providers/openai/apiKey"), or "value" for a single-value file',
      })
      .meta({
        title: "JSON pointer",
        description:
          'Absolute JSON pointer into the secrets file (e.g. "/providers/openai/apiKey"), or "value" for a ' +
          "provider in singleValue mode. Write ~ as ~0 and / inside a name as ~1.",
      }),
  })
  .meta({ title: "File secret reference", description: "A secret read from a JSON or single-value secrets file." });

export const ExecSecretRefSchema = z
  .strictObject({
    source: z.literal("exec").meta({ title: "Source", description: "Ask an external resolver command for the secret." }),
    provider: secretProviderAlias,
    id: z
      .string()
      .regex(EXEC_SECRET_ID_PATTERN, {
        error: 'an id for the exec resolver: letters, digits and . _ : / -, without "." or ".." path segments (e.g. "vault/openai/api-key")',
      })
      .meta({
        title: "Resolver id",
        description:
          'Opaque id handed to the resolver command (e.g. "vault/openai/api-key"); up to 256 characters, ' +
          'no spaces or backslashes, and no "." or ".." path segments.',
      }),
  })
  .meta({ title: "Exec secret reference", description: "A secret produced by an external resolver command." });

/** A reference to a secret, resolved by OpenClaw when the gateway activates; never the secret itself. */
export const SecretRefSchema = z.discriminatedUnion("source", [EnvSecretRefSchema, FileSecretRefSchema, ExecSecretRefSchema]).meta({
  title: "Secret reference",
  description: "Where to find a secret instead of writing it here: {source: env|file|exec, provider, id}. " + "Resolved by OpenClaw at startup.",
});

/** A credential given either as a string or as a secret reference. */
export const SecretInputSchema = z.union([
  z.string().meta({
    title: "Value",
    description: 'The secret as text. "${VAR}" is replaced with the environment variable VAR when the config loads.',
  }),
  SecretRefSchema,
]);

export type SecretRef = z.input<typeof SecretRefSchema>;
export type SecretInput = z.input<typeof SecretInputSchema>;
