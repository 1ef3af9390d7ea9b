// Orders version pairs with node-semver. Usage: node npm_compare.js loose|strict < pairs
// A version node-semver rejects is reported as "#invalid<TAB>v", except versions it rejects
// only for size (numbers above 2^53-1, strings over 256 characters), which CXRay accepts
// on purpose: those pairs are left out.
const semver = require('semver');
const readline = require('readline');
const loose = process.argv[2] === 'loose';
const invalid = new Set();
const tooBig = (v) => v.length > 256 || /\d{16,}/.test(v);
const parse = (v) => {
  if (semver.valid(v, { loose })) return true;
  if (!tooBig(v) && !invalid.has(v)) {
    invalid.add(v);
    console.log('#invalid\t' + v);
  }
  return false;
};
const rl = readline.createInterface({ input: process.stdin });
rl.on('line', (line) => {
  const [a, b] = line.split('\t');
  const okA = parse(a);
  const okB = parse(b);
  if (okA && okB) {
    const c = semver.compare(a, b, { loose });
    console.log(a + '\t' + b + '\t' + (c < 0 ? '<' : c > 0 ? '>' : '='));
  }
});
