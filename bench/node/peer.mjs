// Peer of the IntercomPS benchmark: Intercom's official Node SDK (intercom-client, pinned in ../package.json),
// pointed at the benchmark's loopback sandbox. It pages with the SDK's own pager (for await over the Page object).
//
// node peer.mjs search --base-url http://127.0.0.1:PORT --since UNIX --until UNIX [--per-page 150] [--token sandbox]
//   Searches conversations created in [since, until) with one cursor and counts them.
// Prints one JSON line: {"count": n, "seconds": s}; the time covers the paging only (not Node's start-up).
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

async function searchConversations(client, options) {
  const since = Number(options.since);
  const until = Number(options.until);
  // Whole-second timestamps: [since, until) is since <= t <= until - 1; >= and <= are inclusive on every API version.
  const pager = await client.conversations.search({
    query: {
      operator: "AND",
      value: [
        { field: "created_at", operator: ">=", value: String(since) },
        { field: "created_at", operator: "<=", value: String(until - 1) },
      ],
    },
    pagination: { per_page: Number(options.perPage ?? 150) },
  });
  let count = 0;
  for await (const conversation of pager) {
    if (conversation.id) count++;
  }
  return count;
}

const options = parseArguments(process.argv.slice(2));
const client = new IntercomClient({
  token: options.token ?? "sandbox",
  baseUrl: options.baseUrl,
  version: "2.16",
  maxRetries: 0,
  timeoutInSeconds: 60,
});

const started = process.hrtime.bigint();
let count;
switch (options.mode) {
  case "search":
    count = await searchConversations(client, options);
    break;
  default:
    console.error(`Unknown mode '${options.mode}'. Use: search`);
    process.exit(2);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ count, seconds }));
