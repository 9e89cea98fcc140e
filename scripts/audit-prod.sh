#!/usr/bin/env bash
# `npm audit` of what Sift ships (dependencies, not devDependencies): fails on a high or critical
# advisory. A registry without the advisory service (some mirrors answer 405) cannot be asked:
# then it says so plainly and does not fail, so offline and mirrored machines can still run it.
set -u
cd "$(dirname "$0")/.."
{ npm audit --omit=dev --json 2>/dev/null || true; } | node -e '
  let input = "";
  process.stdin.on("data", (chunk) => (input += chunk)).on("end", () => {
    let report;
    try {
      report = JSON.parse(input);
    } catch {
      report = { error: { summary: "no answer" } };
    }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) {
      console.log(`audit:prod: NOT CHECKED, the registry gave no advisories (${report.statusCode ?? report.error?.summary ?? "unknown error"})`);
      return;
    }
    console.log(`audit:prod: ${Object.entries(counts).map(([level, n]) => `${level} ${n}`).join(", ")}`);
    if (counts.high + counts.critical > 0) process.exitCode = 1;
  });
'
