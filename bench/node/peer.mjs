// Peer of the IntercomPS benchmark: Intercom's official Node SDK (intercom-client, pinned in ../package.json),
// pointed at the benchmark's loopback sandbox. It pages with the SDK's own pager (for await over the Page object).
//
// node peer.mjs search --base-url http://127.0.0.1:PORT --since UNIX --until UNIX [--per-page 150] [--token sandbox] [--runs 5]
//   Searches conversations created in [since, until) with one cursor and counts them: once on the first day to warm
//   up, then --runs measured times. Around each measured run it prints a step line (BENCH-STEP {json}) and waits for a
//   line on standard input, so that the benchmark can read the sandbox's request log between runs. A run's figures
//   are its wall time and this process's CPU time (process.cpuUsage(), user + system).
import { createInterface } from "node:readline";
import { IntercomClient } from "intercom-client";

function parseArguments(argv) {
  const [mode, ...rest] = argv;
  const options = { mode };
  for (let i = 0; i < rest.length; i += 2) {
    const name = rest[i].replace(/^--/, "");
    options[name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = rest[i + 1];
  }
  return options;
}

async function searchConversations(client, since, until, perPage) {
  // Whole-second timestamps: [since, until) is since <= t <= until - 1; >= and <= are inclusive on every API version.
  const pager = await client.conversations.search({
    query: {
      operator: "AND",
      value: [
        { field: "created_at", operator: ">=", value: String(since) },
        { field: "created_at", operator: "<=", value: String(until - 1) },
      ],
    },
    pagination: { per_page: perPage },
  });
  let count = 0;
  for await (const conversation of pager) {
    if (conversation.id) count++;
  }
  return count;
}

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

async function step(data) {
  process.stdout.write("BENCH-STEP " + JSON.stringify(data) + "\n");
  await lines.next();
}

const options = parseArguments(process.argv.slice(2));
if (options.mode !== "search") {
  console.error(`Unknown mode '${options.mode}'. Use: search`);
  process.exit(2);
}
const client = new IntercomClient({
  token: options.token ?? "sandbox",
  baseUrl: options.baseUrl,
  version: "2.16",
  maxRetries: 0,
  timeoutInSeconds: 60,
});
const since = Number(options.since);
const until = Number(options.until);
const perPage = Number(options.perPage ?? 150);
const runs = Number(options.runs ?? 5);

await searchConversations(client, since, Math.min(until, since + 86400), perPage);
for (let i = 0; i < runs; i++) {
  await step({ phase: "start" });
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const count = await searchConversations(client, since, until, perPage);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  await step({ phase: "end", count, seconds, cpuSeconds: (used.user + used.system) / 1e6 });
}
process.stdout.write("BENCH-RESULT {}\n");
process.exit(0);
