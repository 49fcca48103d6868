/**
 * @fileoverview Public surface of the state stage: an agent's auth-state.json
 * and auth-profiles.json — where they are, reading, normalizing, merging,
 * serializing, atomic writes, the lock, and locked read-modify-write.
 * Re-exports only.
 */

export {
  AUTH_PROFILES_FILENAME,
  AUTH_STATE_FILENAME,
  DEFAULT_AGENT_ID,
  LEGACY_AUTH_FILENAME,
  agentDir,
  authProfilesPath,
  authStatePath,
  legacyAuthPath,
  lockPathFor,
  normalizeAgentId,
} from "./paths.js";
export type { AuthProfilesRead, ReadOptions, StateFileRead } from "./read.js";
export { parseAuthProfilesText, parseAuthStateText, readAuthProfiles, readAuthState } from "./read.js";
export type { AgentAuthFiles, ReadAgentAuthOptions } from "./agent.js";
export { readAgentAuth } from "./agent.js";
export type { CredentialRead } from "./credential.js";
export { readCredential } from "./credential.js";
export type { NormalizeOptions, NormalizeResult } from "./normalize.js";
export { knownProfileIds, normalizeAuthState } from "./normalize.js";
export { mergeInlineState } from "./merge.js";
export { AUTH_STATE_VERSION, compactAuthState, serializeAuthProfiles, serializeAuthState } from "./serialize.js";
export type { WriteOptions, WriteResult } from "./atomic-write.js";
export { STATE_DIR_MODE, STATE_FILE_MODE, checkStatePath, describeFsError, removeFileSafely, writeFileAtomic } from "./atomic-write.js";
export type { LockOptions } from "./lock.js";
export { StateLockError, isProcessAlive, removeOrphanTemps, withLock } from "./lock.js";
export type { StateMutator, UpdateOptions, UpdateResult } from "./update.js";
export { updateAuthProfiles, updateAuthState } from "./update.js";
export type { AuthProfilesFile, AuthStateFile, ProfileUsageStats, StoredCredential } from "../schema/auth-store-types.js";
export type { AgentStore, StoreKind } from "./store.js";
export { agentDatabasePath, createSqliteStore, openAgentStore } from "./store.js";
export type { ResolvedAgentAuth } from "./inherit.js";
export { resolveAgentAuth } from "./inherit.js";
export { AGENT_DB_FILENAME, SQLITE_BUSY_TIMEOUT_MS } from "./sqlite-store.js";
