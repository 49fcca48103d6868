/**
 * @fileoverview The fake provider (src/drill/), spoken to with plain HTTP requests as the two
 * SDKs send them: the reply chosen per key label and model, the script's steps, each reply
 * kind's status and body in both dialects, the streamed answers, a hanging reply, and the
 * request log.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type FakeProvider, startFakeProvider } from "../src/drill/fake-provider.js";
import { FAKE_REPLY_KINDS, MOONSHOT_RPM_ERROR } from "../src/drill/fake-replies.js";
import { checkFakeScript, type FakeScript, FakeScriptPlayer, fakeKeyFor, labelOfKey } from "../src/drill/fake-script.js";

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(script: FakeScript): Promise<FakeProvider> {
  fake = await startFakeProvider({ script });
  return fake;
}

/** A request as the Anthropic SDK sends it (kimi): key in x-api-key, under the provider's baseUrl. */
function anthropic(p: FakeProvider, label: string, model: string, stream = true): Promise<Response> {
  return fetch(`http://127.0.0.1:${p.port}/anthropic/v1/messages`, {
    method: "POST",
    headers: { "x-api-key": fakeKeyFor(label), "content-type": "application/json" },
    body: JSON.stringify({ model, stream, max_tokens: 16, messages: [{ role: "user", content: "hi" }] }),
  });
}

/** A request as the OpenAI SDK sends it (moonshot): key as a bearer token. */
function openai(p: FakeProvider, label: string, model: string, stream = true): Promise<Response> {
  return fetch(`http://127.0.0.1:${p.port}/v1/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${fakeKeyFor(label)}`, "content-type": "application/json" },
    body: JSON.stringify({ model, stream, messages: [{ role: "user", content: "hi" }] }),
  });
}

describe("keys encode their label", () => {
  it("reads the label back, and says when a key is not one of the fake's", () => {
    expect(labelOfKey(fakeKeyFor("kimi:backup"))).toBe("kimi:backup");
    expect(labelOfKey("sk-real-looking")).toBe("(foreign key)");
    expect(labelOfKey(undefined)).toBe("(no key)");
  });
});

describe("script steps", () => {
  it("answers the first N requests with one kind, then the next step, and repeats the last step", () => {
    const player = new FakeScriptPlayer({ replies: { "kimi:default": { "kimi-code": [{ reply: "rate-limit", times: 2 }, { reply: "ok" }] } } });
    const replies = [1, 2, 3, 4].map(() => player.next("kimi:default", "kimi-code").reply);
    expect(replies).toEqual(["rate-limit", "rate-limit", "ok", "ok"]);
  });

  it("counts each (label, model) apart, prefers exact rules over *, and falls back to defaultReply", () => {
    const player = new FakeScriptPlayer({
      replies: { "*": { "*": [{ reply: "server-error" }, { reply: "ok" }] }, "kimi:backup": { "kimi-code": [{ reply: "billing" }] } },
      defaultReply: "unauthorized",
    });
    expect(player.next("kimi:default", "kimi-code")).toEqual({ reply: "server-error", n: 1 });
    expect(player.next("kimi:default", "other")).toEqual({ reply: "server-error", n: 1 });
    expect(player.next("kimi:default", "kimi-code")).toEqual({ reply: "ok", n: 2 });
    expect(player.next("kimi:backup", "kimi-code")).toEqual({ reply: "billing", n: 1 });
    expect(player.next("kimi:backup", "moonshot")).toEqual({ reply: "unauthorized", n: 1 });
  });

  it("refuses a request without one of its keys (401) unless the script names it", () => {
    const player = new FakeScriptPlayer({ replies: { "(foreign key)": { "*": [{ reply: "ok" }] } } });
    expect(player.next("(no key)", "kimi-k2.5").reply).toBe("unauthorized");
    expect(player.next("(foreign key)", "kimi-k2.5").reply).toBe("ok");
    expect(player.next("moonshot:default", "kimi-k2.5").reply).toBe("ok");
  });

  it("names each problem of a bad script by its path", () => {
    expect(checkFakeScript({ replies: { "kimi:default": { "kimi-code": [{ reply: "teapot", times: 0 }] } }, defaultReply: 3 })).toEqual([
      { path: "defaultReply", problem: expect.stringContaining("rate-limit-moonshot") },
      { path: "replies.kimi:default.kimi-code[0].reply", problem: expect.stringContaining("expected one of") },
      { path: "replies.kimi:default.kimi-code[0].times", problem: "expected a whole number above 0" },
    ]);
    expect(checkFakeScript({ replies: { x: { y: [] } } })).toEqual([{ path: "replies.x.y", problem: "expected a non-empty list of steps" }]);
    expect(checkFakeScript({ replies: { x: { y: [{ reply: "ok" }] } } })).toEqual([]);
  });
});

describe("answers in the dialect of each API", () => {
  it("streams an Anthropic message that names the key and model", async () => {
    const p = await start({ replies: {} });
    const res = await anthropic(p, "kimi:default", "kimi-code");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const text = await res.text();
    const events = [...text.matchAll(/^event: (\S+)$/gm)].map((m) => m[1]);
    expect(events).toEqual(["message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta", "message_stop"]);
    expect(text).toContain('"text":"fake reply from kimi:default on kimi-code"');
  });

  it("streams OpenAI chunks ending in [DONE], and answers plain JSON when no stream was asked", async () => {
    const p = await start({ replies: {} });
    const streamed = await (await openai(p, "moonshot:default", "kimi-k2.5")).text();
    expect(streamed.trim().endsWith("data: [DONE]")).toBe(true);
    expect(streamed).toContain('"content":"fake reply from moonshot:default on kimi-k2.5"');
    const plain = (await (await openai(p, "moonshot:default", "kimi-k2.5", false)).json()) as { choices: { message: { content: string } }[] };
    expect(plain.choices[0]!.message.content).toBe("fake reply from moonshot:default on kimi-k2.5");
    const message = (await (await anthropic(p, "kimi:default", "kimi-code", false)).json()) as { content: { text: string }[] };
    expect(message.content[0]!.text).toBe("fake reply from kimi:default on kimi-code");
  });
});

describe("error replies", () => {
  const httpKinds = Object.entries(FAKE_REPLY_KINDS).flatMap(([name, kind]) =>
    kind.delivery === "http-error" ? [[name as keyof typeof FAKE_REPLY_KINDS, kind.status, kind.error.message] as const] : [],
  );

  it.each(httpKinds)("%s: its status and body on both APIs", async (name, status, message) => {
    const p = await start({ replies: { "*": { "*": [{ reply: name }] } } });
    for (const res of [await anthropic(p, "kimi:default", "kimi-code"), await openai(p, "moonshot:default", "kimi-k2.5")]) {
      expect(res.status).toBe(status);
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message).toBe(message);
    }
  });

  it("sends Moonshot's RPM text as written, not wrapped, and with status 429 or 400", async () => {
    const p = await start({ replies: { "*": { "*": [{ reply: "rate-limit-moonshot" }, { reply: "moonshot-rpm-400" }] } } });
    const first = await openai(p, "moonshot:default", "kimi-k2.5");
    expect([first.status, await first.json()]).toEqual([429, { error: MOONSHOT_RPM_ERROR }]);
    const second = await openai(p, "moonshot:default", "kimi-k2.5");
    expect([second.status, await second.json()]).toEqual([400, { error: MOONSHOT_RPM_ERROR }]);
  });

  it("moonshot-rpm-sse: 200, then an error event each SDK reads as an error", async () => {
    const p = await start({ replies: { "*": { "*": [{ reply: "moonshot-rpm-sse" }] } } });
    const a = await anthropic(p, "kimi:default", "kimi-code");
    expect(a.status).toBe(200);
    expect(await a.text()).toBe(`event: error\ndata: ${JSON.stringify({ type: "error", error: MOONSHOT_RPM_ERROR })}\n\n`);
    const o = await openai(p, "moonshot:default", "kimi-k2.5");
    expect(await o.text()).toBe(`data: ${JSON.stringify({ error: MOONSHOT_RPM_ERROR })}\n\n`);
  });

  it("hang: sends nothing until the client gives up, and close() still returns", async () => {
    const p = await start({ replies: { "*": { "*": [{ reply: "hang" }] } } });
    const controller = new AbortController();
    const pending = fetch(`http://127.0.0.1:${p.port}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${fakeKeyFor("moonshot:default")}` },
      body: JSON.stringify({ model: "kimi-k2.5" }),
      signal: controller.signal,
    }).then(
      () => "answered",
      (error: Error) => error.name,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await pending).toBe("AbortError");
    expect(p.requests.map((r) => r.reply)).toEqual(["hang"]);
  });
});

describe("the request log", () => {
  it("logs key label, model, api, reply, status, and the number within its (label, model)", async () => {
    const seen: string[] = [];
    fake = await startFakeProvider({
      script: { replies: { "kimi:default": { "kimi-code": [{ reply: "rate-limit-anthropic" }, { reply: "ok" }] } } },
      onRequest: (entry) => seen.push(entry.label),
    });
    await (await anthropic(fake, "kimi:default", "kimi-code")).text();
    await (await anthropic(fake, "kimi:default", "kimi-code")).text();
    await (await openai(fake, "moonshot:default", "kimi-k2.5")).text();
    await (await fetch(`http://127.0.0.1:${fake.port}/v1/models`)).text();
    expect(fake.requests.map(({ seq, label, model, api, reply, status, n, stream }) => ({ seq, label, model, api, reply, status, n, stream }))).toEqual([
      { seq: 1, label: "kimi:default", model: "kimi-code", api: "anthropic-messages", reply: "rate-limit-anthropic", status: 429, n: 1, stream: true },
      { seq: 2, label: "kimi:default", model: "kimi-code", api: "anthropic-messages", reply: "ok", status: 200, n: 2, stream: true },
      { seq: 3, label: "moonshot:default", model: "kimi-k2.5", api: "openai-completions", reply: "ok", status: 200, n: 1, stream: true },
      { seq: 4, label: "(no key)", model: "(none)", api: "unknown", reply: "not-found", status: 404, n: 0, stream: false },
    ]);
    expect(seen).toEqual(["kimi:default", "kimi:default", "moonshot:default", "(no key)"]);
    expect(fake.requests.every((r) => r.t >= 0 && r.at >= r.t)).toBe(true);
  });
});
