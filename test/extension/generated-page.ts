// A Subscriptions page with N rows in plain <table> markup and no script of its own, for the
// long-task test and the benchmark. Half license-based, half usage-based.
export function generatedRows(count: number, billing: 'license' | 'usage', offset = 0): string {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = offset + i + 1;
    rows.push(
      billing === 'license'
        ? `<tr><td>Microsoft 365 Business Basic #${n}</td><td>${(n % 40) + 1} Licenses</td><td>Auto renews on 1/${(n % 28) + 1}/2027</td></tr>`
        : `<tr><td>Azure plan #${n}</td><td>${n}.00 EUR</td><td>${n % 100}%</td><td>Active</td><td></td></tr>`,
    );
  }
  return rows.join('');
}

export function generatedPage(count: number): string {
  const license = Math.ceil(count / 2);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated | Subscriptions</title></head><body>
<h1>Generated Kft. | Subscriptions</h1>
<h2>License-based</h2>
<table id="license"><thead><tr><th>Name</th><th>Quantity</th><th>Status</th></tr></thead><tbody>${generatedRows(license, 'license')}</tbody></table>
<h2>Usage-based</h2>
<table id="usage"><thead><tr><th>Name</th><th>Current estimated cost</th><th>% of budget</th><th>Status</th><th>Reseller</th></tr></thead><tbody>${generatedRows(count - license, 'usage', license)}</tbody></table>
</body></html>`;
}
