/**
 * @fileoverview The language server's first line of defence: a filter
 * between stdin and the JSON-RPC reader that passes on only well-formed
 * frames (`Content-Length: N` with N a plain decimal within a limit, a header
 * block of bounded size) and drops anything else with one log line, then
 * looks for the next frame. vscode-jsonrpc alone takes `Content-Length: -1`
 * as its "no message yet" mark, `1e12` as 1, and a header line of a megabyte
 * without end: any of them wedged the server for good, answering nothing
 * after. What passes is re-framed with a header of our own making.
 */
import { Transform, type TransformCallback } from "node:stream";
import { LM } from "./messages.js";

/** A header block longer than this is not a header (LSP's are two short lines). */
export const MAX_HEADER_BYTES = 8 * 1024;
/** The largest message body accepted: far above any config, below what V8 can hold as one string. */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;

const HEADER_END = Buffer.from("\r\n\r\n");
const CONTENT_LENGTH = /^content-length$/i;
/** Where a frame may start again after a bad one: the next `Content-Length:` header. */
const RESYNC = Buffer.from("content-length:");

/** Why a header block was refused, in words for the log; undefined when it is good (then `length` is set). */
function judgeHeader(block: string): { length: number } | { problem: string } {
  let length: number | undefined;
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) return { problem: `a header line without "name: value" (${JSON.stringify(line.slice(0, 40))})` };
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (!CONTENT_LENGTH.test(name)) continue;
    if (!/^\d{1,10}$/.test(value)) return { problem: `Content-Length is not a whole number of bytes (${JSON.stringify(value.slice(0, 40))})` };
    length = Number(value);
    if (length > MAX_BODY_BYTES) return { problem: `Content-Length ${length} is above the limit of ${MAX_BODY_BYTES} bytes` };
  }
  if (length === undefined) return { problem: "no Content-Length header" };
  return { length };
}

/**
 * Index of the next `Content-Length:` (any case) from `from`, or -1. Not only
 * at a line start: the next frame follows the refused one's body directly.
 */
function nextHeaderStart(buffer: Buffer, from: number): number {
  const at = Buffer.from(buffer.subarray(from).toString("latin1").toLowerCase(), "latin1").indexOf(RESYNC);
  return at === -1 ? -1 : from + at;
}

/**
 * A Transform from raw LSP input to clean frames. `log` receives one line per
 * dropped frame (the server writes it to stderr, where editors show a
 * server's log).
 */
export class FrameGuard extends Transform {
  /** What has arrived and is not passed on yet, in the chunks it came in (joined only when needed: a 50 MB body is copied once). */
  private chunks: Buffer[] = [];
  private size = 0;
  /** Bytes of a body still to come, once a good header was read. */
  private pending: number | undefined;
  /** After a bad header: skip input until the next header line. */
  private resyncing = false;

  constructor(private readonly log: (line: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    try {
      this.drain();
    } catch (error) {
      // Never let a bug here end the input stream: drop what is buffered and carry on.
      this.log(LM.droppedInput(error instanceof Error ? error.message : String(error)));
      this.chunks = [];
      this.size = 0;
      this.pending = undefined;
    }
    done();
  }

  /** The first `n` bytes (fewer when fewer have arrived) as one buffer, left in place. */
  private peekBytes(n: number): Buffer {
    if (this.chunks.length === 1 || this.chunks[0]!.length >= n) return this.chunks[0]!.subarray(0, n);
    const joined = Buffer.concat(this.chunks);
    this.chunks = [joined];
    return joined.subarray(0, n);
  }

  /** Removes and returns the first `n` bytes (all of them must have arrived). */
  private shiftBytes(n: number): Buffer {
    const parts: Buffer[] = [];
    let needed = n;
    while (needed > 0) {
      const first = this.chunks[0]!;
      if (first.length <= needed) {
        parts.push(first);
        this.chunks.shift();
        needed -= first.length;
      } else {
        parts.push(first.subarray(0, needed));
        this.chunks[0] = first.subarray(needed);
        needed = 0;
      }
    }
    this.size -= n;
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts, n);
  }

  private drain(): void {
    for (;;) {
      if (this.resyncing && !this.resync()) return;
      if (this.size === 0) return;
      if (this.pending === undefined) {
        const head = this.peekBytes(MAX_HEADER_BYTES + HEADER_END.length);
        const end = head.indexOf(HEADER_END);
        if (end === -1) {
          if (this.size > MAX_HEADER_BYTES) this.reject(`a header block longer than ${MAX_HEADER_BYTES} bytes`, this.size);
          else return;
          continue;
        }
        const verdict = judgeHeader(head.subarray(0, end).toString("latin1"));
        this.shiftBytes(end + HEADER_END.length);
        if ("problem" in verdict) {
          this.reject(verdict.problem, 0);
          continue;
        }
        this.pending = verdict.length;
      }
      if (this.size < this.pending) return;
      const body = this.shiftBytes(this.pending);
      this.pending = undefined;
      this.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"));
      this.push(body);
    }
  }

  /** Drops `consumed` more bytes of a bad frame, logs why, and looks for the next header from there. */
  private reject(problem: string, consumed: number): void {
    this.log(LM.droppedFrame(problem));
    if (consumed > 0) this.shiftBytes(consumed);
    this.resyncing = true;
  }

  /** Skips to the next header; false when what has arrived holds none yet (keeps only a possible partial one). */
  private resync(): boolean {
    const all = this.size === 0 ? Buffer.alloc(0) : this.shiftBytes(this.size);
    const start = nextHeaderStart(all, 0);
    // Keep a tail long enough to hold the start of a header split across chunks.
    const rest = start === -1 ? all.subarray(Math.max(0, all.length - RESYNC.length)) : all.subarray(start);
    if (rest.length > 0) {
      this.chunks = [rest];
      this.size = rest.length;
    }
    if (start === -1) return false;
    this.resyncing = false;
    return true;
  }
}
