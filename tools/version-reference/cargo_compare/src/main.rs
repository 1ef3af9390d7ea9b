//! Reads `a<TAB>b` lines and prints `a<TAB>b<TAB><|=|>`, or `#invalid<TAB>v` for a string
//! `semver::Version::parse` rejects.
//!
//! The sign is SemVer precedence as the crate computes it: its own `Ord` of major, minor,
//! patch and `Prerelease`, without build metadata. The crate's `Version` `Ord` would break
//! ties on build metadata (1.0.0+a < 1.0.0+b), but Cargo's version requirements
//! (`VersionReq::matches`) and crates.io's uniqueness rule ignore it, and OSV ranges are
//! evaluated the same way; `check_requirements` asserts that for every pair.
use semver::{Version, VersionReq};
use std::cmp::Ordering;
use std::collections::HashSet;
use std::io::{self, BufRead, BufWriter, Write};

fn precedence(a: &Version, b: &Version) -> Ordering {
    a.major
        .cmp(&b.major)
        .then(a.minor.cmp(&b.minor))
        .then(a.patch.cmp(&b.patch))
        .then(a.pre.cmp(&b.pre))
}

/// `=a` and `>=a` requirements must agree with the precedence sign wherever Cargo's
/// pre-release opt-in rule lets them apply (b has no pre-release, or shares a's numbers).
fn check_requirements(a: &Version, b: &Version, sign: Ordering) {
    let exact = VersionReq::parse(&format!("={}", a)).expect("exact requirement");
    let at_least = VersionReq::parse(&format!(">={}", a)).expect("lower bound");
    let opted_in = b.pre.is_empty()
        || (a.major, a.minor, a.patch) == (b.major, b.minor, b.patch) && !a.pre.is_empty();
    if !opted_in {
        return;
    }
    assert_eq!(exact.matches(b), sign == Ordering::Equal, "={} vs {}", a, b);
    assert_eq!(at_least.matches(b), sign != Ordering::Greater, ">={} vs {}", a, b);
}

fn main() {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout());
    let mut reported = HashSet::new();
    for line in stdin.lock().lines() {
        let line = line.expect("stdin");
        let (a, b) = match line.split_once('\t') {
            Some(ab) => ab,
            None => continue,
        };
        let parsed: Vec<Option<Version>> = [a, b].iter().map(|v| Version::parse(v).ok()).collect();
        for (v, p) in [a, b].iter().zip(&parsed) {
            if p.is_none() && reported.insert(v.to_string()) {
                writeln!(out, "#invalid\t{}", v).unwrap();
            }
        }
        if let (Some(va), Some(vb)) = (&parsed[0], &parsed[1]) {
            let sign = precedence(va, vb);
            check_requirements(va, vb, sign);
            let s = match sign {
                Ordering::Less => "<",
                Ordering::Equal => "=",
                Ordering::Greater => ">",
            };
            writeln!(out, "{}\t{}\t{}", a, b, s).unwrap();
        }
    }
}
