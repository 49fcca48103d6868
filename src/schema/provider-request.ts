/**
 * @fileoverview `models.providers.*.request`: transport overrides for a custom
 * provider (extra headers, an auth override, a proxy, TLS). Auth and proxy are
 * unions of strict variants chosen by `mode`, so each variant requires exactly
 * its own keys.
 */
import { z } from "zod";
import { SecretInputSchema } from "./secret-ref.js";

function secretField(title: string, description: string) {
  return SecretInputSchema.meta({ title, description });
}

export const ProviderTlsSchema = z
  .strictObject({
    ca: secretField("CA bundle", "Custom CA bundle for verifying the server certificate (text or secret reference).").optional(),
    cert: secretField("Client certificate", "Client certificate for mutual TLS (text or secret reference).").optional(),
    key: secretField("Client key", "Private key of the client certificate (text or secret reference).").optional(),
    passphrase: secretField("Key passphrase", "Passphrase protecting the private key (text or secret reference).").optional(),
    serverName: z.string().meta({ title: "Server name", description: "Server name (SNI) to present instead of the URL's host." }).optional(),
    insecureSkipVerify: z.boolean().meta({ title: "Skip certificate check", description: "Do not verify the certificate. For development only." }).optional(),
  })
  .meta({ title: "TLS", description: "TLS settings: CA, client certificate and key, server name, verification." });

export const ProviderRequestAuthSchema = z
  .discriminatedUnion("mode", [
    z
      .strictObject({
        mode: z.literal("provider-default").meta({ title: "Mode", description: "Use the provider's own auth handling." }),
      })
      .meta({ title: "Provider default", description: "Use the provider's own auth handling." }),
    z
      .strictObject({
        mode: z.literal("authorization-bearer").meta({ title: "Mode", description: "Send Authorization: Bearer <token>." }),
        token: secretField("Bearer token", "Token sent as Authorization: Bearer <token> (text or secret reference)."),
      })
      .meta({ title: "Bearer token", description: "Send the credential as Authorization: Bearer <token>." }),
    z
      .strictObject({
        mode: z.literal("header").meta({ title: "Mode", description: "Send the credential in a header you name." }),
        headerName: z.string().min(1).meta({ title: "Header name", description: "Header that carries the credential." }),
        value: secretField("Credential", "The credential value (text or secret reference)."),
        prefix: z.string().meta({ title: "Prefix", description: 'Text put before the value, e.g. "Token ".' }).optional(),
      })
      .meta({ title: "Custom header", description: "Send the credential in a header you name." }),
  ])
  .meta({
    title: "Auth override",
    description: "How requests authenticate: provider-default, authorization-bearer (token) or header (headerName, value).",
  });

export const ProviderProxySchema = z
  .discriminatedUnion("mode", [
    z
      .strictObject({
        mode: z.literal("env-proxy").meta({ title: "Mode", description: "Use the HTTP(S)_PROXY environment variables." }),
        tls: ProviderTlsSchema.meta({ title: "Proxy TLS", description: "TLS settings toward the proxy." }).optional(),
      })
      .meta({ title: "Environment proxy", description: "Use the HTTP(S)_PROXY environment variables." }),
    z
      .strictObject({
        mode: z.literal("explicit-proxy").meta({ title: "Mode", description: "Route requests through the given proxy." }),
        url: z.string().min(1).meta({
          title: "Proxy URL",
          description: "URL of the proxy. Credentials embedded in it are treated as secrets.",
        }),
        tls: ProviderTlsSchema.meta({ title: "Proxy TLS", description: "TLS settings toward the proxy." }).optional(),
      })
      .meta({ title: "Explicit proxy", description: "Route requests through the proxy at url." }),
  ])
  .meta({
    title: "Proxy",
    description: "Proxy for this provider's requests: env-proxy (from the environment) or explicit-proxy (url).",
  });

export const ProviderRequestSchema = z
  .strictObject({
    headers: z
      .record(z.string(), SecretInputSchema)
      .meta({
        title: "Request headers",
        description: "Extra headers, added after attribution and auth headers; values may be secret references.",
      })
      .optional(),
    auth: ProviderRequestAuthSchema.optional(),
    proxy: ProviderProxySchema.optional(),
    tls: ProviderTlsSchema.meta({
      title: "Upstream TLS",
      description: "TLS settings for direct connections to the provider.",
    }).optional(),
    allowPrivateNetwork: z
      .boolean()
      .meta({
        title: "Allow private network",
        description: "Allow the base URL to resolve to private or CGNAT addresses (for self-hosted endpoints only). Default: false.",
      })
      .optional(),
  })
  .meta({
    title: "Request overrides",
    description: "Transport overrides for this provider: extra headers, auth, proxy, TLS, private-network access.",
  });

export type ProviderRequest = z.input<typeof ProviderRequestSchema>;
