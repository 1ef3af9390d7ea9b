// Reads CVSS v4.0 vectors, one a line, and prints "vector<TAB>score" with the score of the vector
// as written, computed by ae-cvss-calculator's Cvss4P0 (an implementation of FIRST's v4.0
// scoring, independent of CXRay's). A vector it rejects is printed as "#invalid<TAB>vector".
const { Cvss4P0 } = require('ae-cvss-calculator');

const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter(Boolean);
const out = [];
for (const v of lines) {
  try {
    out.push(v + '\t' + new Cvss4P0(v).calculateOverallScore());
  } catch (e) {
    out.push('#invalid\t' + v);
  }
}
process.stdout.write(out.join('\n') + '\n');
