/**
 * @fileoverview The language server's own sentences (not diagnostics: those
 * are worded by the catalogue), kept apart from the code that sends them.
 */
import { basename } from "node:path";

const megabytes = (size: number) => `${(size / (1024 * 1024)).toFixed(1)} MB`;

export const LM = {
  droppedFrame: (problem: string) => `agentcfg lsp: dropped a malformed message frame: ${problem}; waiting for the next one.`,
  droppedInput: (why: string) => `agentcfg lsp: dropped unreadable input (${why}).`,
  logLine: (text: string) => `agentcfg lsp: ${text}`,
  tooLargeForLiveCheck: (file: string, size: number, limit: number) =>
    `${basename(file)} is ${megabytes(size)}; files over ${megabytes(limit)} are not checked as you type, so the editor stays responsive. Run \`agentcfg check ${file}\` in a terminal to check it.`,
} as const;
