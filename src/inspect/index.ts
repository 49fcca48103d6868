/**
 * @fileoverview Public surface of the inspector: the payload builder, the page and the
 * loopback-only server. Re-exports only.
 */
export type * from "./payload-types.js";
export { INSPECT_PAYLOAD_VERSION } from "./payload-types.js";
export type { BuiltPayload, InspectInput } from "./payload.js";
export { buildInspectPayload } from "./payload.js";
export type { PageMode, PageOptions } from "./page.js";
export { DEFAULT_POLL_MS, contentSecurityPolicy, renderPage } from "./page.js";
export type { InspectServer, InspectServerOptions } from "./server.js";
export { PAGE_PATH, PAYLOAD_PATH, startInspectServer } from "./server.js";
export { isLoopbackAddress, isLoopbackHost } from "./loopback.js";
