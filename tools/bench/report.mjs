// Pure helpers of `npm run bench`: percentiles, the CPU profile summary, targets and RESULTS.md.

/** The p-th percentile (0–100) of numbers, by nearest rank; null when there are none. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Throughput and latency percentiles (ms) of a load run. */
export function summarise(latencies, seconds, extra = {}) {
  const sorted = Float64Array.from(latencies).sort();
  const round = (value) => (value === null ? null : Math.round(value * 100) / 100);
  return {
    requests: latencies.length,
    seconds: round(seconds),
    throughput: round(latencies.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    ...extra,
  };
}

/**
 * The functions with the most self time in a V8 `.cpuprofile`, grouped by function and place
 * (paths relative to `root`), over the last `lastMs` of the profile; `(idle)` is left out of
 * the busy time, `(program)` and `(garbage collector)` stay visible.
 */
export function topSelfTime(profile, root, count = 15, lastMs = Infinity) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const deltas = profile.timeDeltas ?? [];
  // Sample times (µs, the profile's clock); only those in the last `lastMs` before its end count.
  const times = [];
  let clock = profile.startTime;
  for (const delta of deltas) times.push((clock += delta));
  const from = Number.isFinite(lastMs) ? profile.endTime - lastMs * 1000 : -Infinity;
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (!node || (times[index] ?? Infinity) < from) return;
    const micros = Math.max(0, deltas[index + 1] ?? deltas[index] ?? 0);
    const frame = node.callFrame;
    const url = (frame.url || '').replace(/^file:\/\//, '').replace(root, '');
    const name = frame.functionName || '(anonymous)';
    const key = url ? `${name} ${url}:${frame.lineNumber + 1}` : name;
    self.set(key, (self.get(key) ?? 0) + micros);
    total += micros;
  });
  const idle = self.get('(idle)') ?? 0;
  const busy = total - idle;
  return {
    totalMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    top: [...self.entries()]
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, micros]) => ({
        function: key,
        selfMs: Math.round(micros / 1000),
        shareOfBusy: busy > 0 ? Math.round((micros / busy) * 1000) / 10 : 0,
      })),
    byPackage: packageShares(self, busy),
  };
}

/** Self time by where the code lives: a node_modules package, Amendo's dist, node internals. */
function packageShares(self, busy) {
  const shares = new Map();
  for (const [key, micros] of self) {
    if (key === '(idle)') continue;
    const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(key);
    const place = modules
      ? modules[1]
      : key.includes('apps/api/dist')
        ? 'amendo (apps/api)'
        : key.includes('node:')
          ? 'node internals'
          : key.startsWith('(')
            ? key.replace(/ [^ ]*\/.*$/, '')
            : 'other';
    shares.set(place, (shares.get(place) ?? 0) + micros);
  }
  return [...shares.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([place, micros]) => ({
      place,
      shareOfBusy: busy > 0 ? Math.round((micros / busy) * 1000) / 10 : 0,
    }));
}

/** Each target: met, or by how much it is missed (as a signed percentage of the target). */
export function checkTargets(results) {
  const targets = [];
  const add = (name, value, limit, kind) => {
    if (value === null || value === undefined) return;
    const met = kind === 'max' ? value < limit : value >= limit;
    const missBy = met ? null : kind === 'max' ? (value - limit) / limit : (limit - value) / limit;
    targets.push({
      name,
      value,
      target: `${kind === 'max' ? '<' : '≥'} ${limit.toLocaleString('en-US')}`,
      met,
      missByPercent: missBy === null ? null : Math.round(missBy * 1000) / 10,
    });
  };
  const page = results.measurements.articlePage;
  const votes = results.measurements.castVote;
  const exported = results.measurements.votesExport;
  add('article page p95 (ms), 32 clients', page?.p95, 50, 'max');
  if (page?.ratioToPostgraphile !== undefined && page?.ratioToPostgraphile !== null) {
    add('article page throughput / PostGraphile', page.ratioToPostgraphile, 1, 'min');
  }
  const uncached = results.measurements.articlePageUncached;
  add('article page p95 (ms), signed in (no response cache)', uncached?.p95, 50, 'max');
  if (uncached?.ratioToPostgraphile !== undefined && uncached?.ratioToPostgraphile !== null) {
    add(
      'article page throughput / PostGraphile, signed in',
      uncached.ratioToPostgraphile,
      1,
      'min',
    );
  }
  if (votes) {
    add('castVote throughput (/s), 64 clients', votes.throughput, 1500, 'min');
    targets.push({
      name: 'castVote lost or duplicated votes',
      value: votes.lostVotes + votes.tallyMismatches,
      target: '= 0',
      met: votes.lostVotes === 0 && votes.tallyMismatches === 0,
      missByPercent: null,
    });
  }
  if (exported) {
    add('votes export (rows/s)', exported.rowsPerSecond, 200_000, 'min');
    add('server peak RSS during export (MB)', exported.peakRssMb, 300, 'max');
  }
  const stale = results.measurements.staleness;
  if (stale)
    targets.push({
      name: 'stale reads after a vote',
      value: stale.stale,
      target: '= 0',
      met: stale.stale === 0,
      missByPercent: null,
    });
  return targets;
}

const cell = (value, digits = 1) =>
  value === null || value === undefined
    ? '—'
    : typeof value === 'number'
      ? value.toLocaleString('en-US', { maximumFractionDigits: digits })
      : String(value);

/** RESULTS.md, from results.json's content only (no number typed by hand). */
export function resultsMarkdown(results) {
  const m = results.measurements;
  const rows = [];
  const row = (name, r, extra = '') =>
    r &&
    rows.push(
      `| ${name} | ${cell(r.connections, 0)} | ${cell(r.throughput)} | ${cell(r.p50, 2)} | ${cell(r.p95, 2)} | ${cell(r.p99, 2)} | ${extra} |`,
    );
  row(
    'Article page — Amendo (GraphQL)',
    m.articlePage,
    m.articlePage
      ? `ratioToPostgraphile ${cell(m.articlePage.ratioToPostgraphile, 2)}, ratioToSql ${cell(m.articlePage.ratioToSql, 2)}, ${cell((m.articlePage.cacheHitShare ?? 0) * 100, 1)} % from the response cache`
      : '',
  );
  row(
    'Article page — Amendo, signed in (no response cache)',
    m.articlePageUncached,
    m.articlePageUncached
      ? `ratioToPostgraphile ${cell(m.articlePageUncached.ratioToPostgraphile, 2)}, ratioToSql ${cell(m.articlePageUncached.ratioToSql, 2)}`
      : '',
  );
  row(
    'Article page — PostGraphile 4',
    m.articlePagePostgraphile,
    m.articlePagePostgraphile?.version ? `postgraphile ${m.articlePagePostgraphile.version}` : '',
  );
  row(
    'Article page — SQL (bare node:http + pg)',
    m.articlePageSql,
    'one statement, JSON built in PostgreSQL',
  );
  row(
    'castVote — Amendo',
    m.castVote,
    m.castVote
      ? `${cell(m.castVote.newVotes, 0)} new votes, ${cell(m.castVote.lostVotes, 0)} lost, ${cell(m.castVote.tallyMismatches, 0)} tally mismatches, ${cell(m.castVote.errors, 0)} errors`
      : '',
  );
  const e = m.votesExport;
  const s = m.staleness;
  const lines = [
    '# Amendo benchmark results',
    '',
    `Generated by \`${results.command}\` on ${results.date} — do not edit: run it again.`,
    '',
    '## Machine',
    '',
    `- CPU: ${results.machine.cpuModel} × ${results.machine.cores} cores`,
    `- Memory: ${cell(results.machine.memoryGb, 1)} GB`,
    `- Node.js ${results.machine.node}; ${results.machine.postgres}`,
    `- Pinning: ${results.machine.pinning}`,
    `- Load: autocannon ${results.machine.autocannon}, ${cell(results.options.duration, 0)} s per measurement (after ${cell(results.options.warmup, 0)} s of warm-up)`,
    '',
    '## Dataset',
    '',
    `Consultation \`${results.dataset.slug}\`: ${cell(results.dataset.participants, 0)} participants, ${cell(results.dataset.articles, 0)} articles, ${cell(results.dataset.amendments, 0)} amendments, ${cell(results.dataset.arguments, 0)} arguments, ${cell(results.dataset.sources, 0)} sources, ${cell(results.dataset.votes, 0)} votes (before this run). The article measured is article ${results.dataset.article.number}, the one with the most amendments (${cell(results.dataset.article.amendments, 0)}; the page shows the first 50 in MOST_VOTED order).`,
    '',
    '## Measurements',
    '',
    '| measurement | clients | throughput (/s) | p50 (ms) | p95 (ms) | p99 (ms) | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
  ];
  if (e) {
    lines.push(
      `Votes export (\`${e.path}\`, NDJSON): ${cell(e.rows, 0)} rows (${cell(e.expectedRows, 0)} expected) in ${cell(e.seconds, 2)} s — **${cell(e.rowsPerSecond, 0)} rows/s**, ${cell(e.megabytes, 1)} MB; server RSS ${cell(e.rssBeforeMb, 1)} MB before, **${cell(e.peakRssMb, 1)} MB at peak** (+${cell(e.rssGrowthMb, 1)} MB during the export) (sampled every ${e.sampleMs} ms from /proc/<pid>/status).`,
      '',
    );
  }
  if (s) {
    lines.push(
      `Staleness: ${s.checks} times, a vote then the next article-page read: ${s.stale} stale read(s) (the read showed the vote ${s.checks - s.stale} times).`,
      '',
    );
  }
  lines.push(
    '## Targets (2-core machine)',
    '',
    '| target | measured | goal | met |',
    '| --- | ---: | --- | --- |',
  );
  for (const t of results.targets) {
    lines.push(
      `| ${t.name} | ${cell(t.value, 2)} | ${t.target} | ${t.met ? 'yes' : `**no**${t.missByPercent !== null ? ` — missed by ${cell(t.missByPercent, 1)} %` : ''}`} |`,
    );
  }
  lines.push('');
  const profiles = Object.entries(results.profiles ?? {});
  if (profiles.length > 0) {
    lines.push(
      '## Profile',
      '',
      'The server ran once more per load with `node --cpu-prof`; self time of its functions, summed by function and place, from the `.cpuprofile` (generated, like everything here).',
      '',
    );
    for (const [name, p] of profiles) {
      lines.push(
        `### ${{ articlePage: 'Article page (anonymous)', articlePageSignedIn: 'Article page (signed in, no response cache)' }[name] ?? name} — ${cell(p.seconds, 0)} s, ${cell(p.requests, 0)} requests (${cell(p.throughput, 0)}/s under the profiler), ${cell(p.busyMs, 0)} ms busy of ${cell(p.totalMs, 0)} ms`,
        '',
        '| function (place) | self (ms) | share of busy |',
        '| --- | ---: | ---: |',
        ...p.top.map(
          (f) => `| \`${f.function}\` | ${cell(f.selfMs, 0)} | ${cell(f.shareOfBusy, 1)} % |`,
        ),
        '',
        'By package: ' +
          p.byPackage.map((x) => `${x.place} ${cell(x.shareOfBusy, 1)} %`).join(', ') +
          '.',
        '',
      );
    }
  }
  if (results.analysis) {
    // Written by hand from what the profiles show (tools/bench/analysis.md): no numbers in it.
    lines.push(results.analysis, '');
  }
  if (results.notes?.length) {
    lines.push('## Notes', '', ...results.notes.map((note) => `- ${note}`), '');
  }
  return lines.join('\n');
}

const README_START = '<!-- bench:summary (written by npm run bench) -->';
const README_END = '<!-- /bench:summary -->';

/** The README's summary of the last run, from results.json's content only. */
export function readmeSummary(results) {
  const m = results.measurements;
  const n = (value) => Math.round(value).toLocaleString('en-US');
  const lines = [`Last run (${results.date.slice(0, 10)}, ${results.machine?.cores ?? 2} cores):`];
  if (m.votesExport)
    lines.push(
      `- votes export: ${n(m.votesExport.rows)} votes as NDJSON at ${n(m.votesExport.rowsPerSecond)} rows/s; the server's RSS went from ${m.votesExport.rssBeforeMb} MB to ${m.votesExport.peakRssMb} MB at most while they streamed (+${m.votesExport.rssGrowthMb} MB).`,
    );
  if (m.articlePage)
    lines.push(
      `- article page, anonymous: ${n(m.articlePage.throughput)} requests/s, p95 ${m.articlePage.p95} ms (${m.articlePage.ratioToPostgraphile ?? '?'}× PostGraphile); signed in, computed every time: ${n(m.articlePageUncached?.throughput ?? 0)} requests/s (${m.articlePageUncached?.ratioToPostgraphile ?? '?'}×).`,
    );
  if (m.castVote)
    lines.push(
      `- castVote: ${n(m.castVote.throughput)} votes/s at ${m.castVote.connections} clients, ${m.castVote.lostVotes} lost, ${m.castVote.tallyMismatches} tally mismatches.`,
    );
  return `${README_START}\n${lines.join('\n')}\n${README_END}`;
}

/** `readme` with its summary block replaced (or unchanged when it has none). */
export function withReadmeSummary(readme, results) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return readme;
  return readme.slice(0, start) + readmeSummary(results) + readme.slice(end + README_END.length);
}
