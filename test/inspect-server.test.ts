/**
 * @fileoverview The inspector's server without a browser: it serves the page at `/` and the
 * payload at `/api/inspect.json` and nothing else (404, whatever the path tries), answers
 * 304 while nothing changed, refuses a Host that is not loopback and drops a peer that is
 * not on loopback before answering; and `agentcfg inspect` serves it on 127.0.0.1.
 */
import { spawn } from "node:child_process";
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInspectServer, type InspectServer } from "../src/inspect/server.js";
import { CLI } from "./run-cli.js";
import { SEED_NOW, SEED_PIN, SEED_SECRETS, copySeed } from "./inspect-seed.js";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent exactly as given (no URL normalization on the way). */
function get(port: number, path: string, options: { method?: string; headers?: Record<string, string>; host?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: options.host ?? "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const seed = copySeed();
let server: InspectServer;
beforeAll(async () => {
  server = await startInspectServer({ input: { configPath: seed.config, stateDir: seed.stateDir, pin: SEED_PIN }, clock: () => SEED_NOW });
});
afterAll(() => server.close());

describe("inspect server: what it serves", () => {
  it("binds 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it("serves the page at / with a strict CSP", async () => {
    const r = await get(server.port, "/");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(String(r.headers["content-security-policy"])).toMatch(/^default-src 'none'; .*connect-src 'self'.*frame-ancestors 'none'$/);
    expect(r.body).toContain("<title>agentcfg inspect</title>");
  });

  it("serves the redacted payload at /api/inspect.json with an ETag, and 304 while nothing changed", async () => {
    const r = await get(server.port, "/api/inspect.json");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    const payload = JSON.parse(r.body);
    expect(payload.agents[0].plan.pin.profile).toBe("kimi:backup");
    for (const secret of SEED_SECRETS) expect(r.body).not.toContain(secret);
    const etag = String(r.headers["etag"]);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(server.port, "/api/inspect.json", { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
  });

  it.each([
    "/index.html",
    "/api",
    "/api/inspect.json/",
    "/api/inspect.json?x=1",
    "/?debug",
    "/favicon.ico",
    "/../../etc/passwd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/api/../api/inspect.json",
    "//etc/passwd",
    "/..%2fpackage.json",
    "/fixtures/inspect/openclaw.json5",
    "http://127.0.0.1/",
  ])("answers 404 for %s", async (path) => {
    const r = await get(server.port, path);
    expect(r.status).toBe(404);
    expect(r.body).toBe("Not found: agentcfg inspect serves only / and /api/inspect.json.\n");
  });

  it("answers 405 to anything but GET and HEAD", async () => {
    const r = await get(server.port, "/api/inspect.json", { method: "POST" });
    expect(r.status).toBe(405);
    expect(r.headers["allow"]).toBe("GET, HEAD");
  });

  it("refuses a Host that is not loopback (DNS rebinding) with 403", async () => {
    const r = await get(server.port, "/api/inspect.json", { headers: { Host: "attacker.example" } });
    expect(r.status).toBe(403);
    expect(r.body).not.toContain("kimi");
  });
});

const external = Object.values(networkInterfaces())
  .flat()
  .find((i) => i !== undefined && i.family === "IPv4" && !i.internal)?.address;

describe("inspect server: peers that are not loopback", () => {
  it.skipIf(external === undefined)(
    `drops a connection from a non-loopback address without a byte of answer${external ? "" : " (skipped: this machine has no non-loopback IPv4 address to connect from)"}`,
    async () => {
      // Bound to every interface on purpose: the peer check alone must keep the network out.
      const wide = await startInspectServer({ input: { configPath: seed.config, stateDir: seed.stateDir }, clock: () => SEED_NOW, host: "0.0.0.0" });
      try {
        const loopback = await get(wide.port, "/api/inspect.json");
        expect(loopback.status).toBe(200);
        const received = await new Promise<string>((resolve) => {
          let data = "";
          const socket = connect({ host: external as string, port: wide.port, localAddress: external as string }, () => {
            socket.write(`GET /api/inspect.json HTTP/1.1\r\nHost: 127.0.0.1:${wide.port}\r\n\r\n`);
          });
          socket.on("data", (chunk) => (data += chunk.toString()));
          socket.on("error", () => resolve(data));
          socket.on("close", () => resolve(data));
        });
        expect(received).toBe("");
      } finally {
        await wide.close();
      }
    },
  );
});

describe("agentcfg inspect (server mode)", () => {
  it("prints its loopback address and serves the seed until stopped", async () => {
    const child = spawn(process.execPath, [CLI, "inspect", seed.config, "--state-dir", seed.stateDir, "--pin", SEED_PIN], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /at (http:\/\/127\.0\.0\.1:\d+\/) \(loopback only; Ctrl-C to stop\)/.exec(out);
          if (match) resolve(match[1] as string);
        });
        child.on("exit", (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const port = Number(new URL(url).port);
      const r = await get(port, "/api/inspect.json");
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).configFile).toBe(seed.config);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  });
});
