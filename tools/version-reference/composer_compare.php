<?php
// Orders version pairs as Composer does: Composer\Semver\VersionParser::normalize() on each
// (Debian php-composer-semver), then PHP's version_compare() on the normalised strings, which
// is what Composer's constraints evaluate. Branch names (dev-*) cannot be ordered and count
// as invalid. Pairs with numbers of 19 digits or more are left out: PHP's strtol saturates
// there, CXRay compares such numbers exactly on purpose.
require '/usr/share/php/Composer/Semver/autoload.php';
$parser = new Composer\Semver\VersionParser();
$invalid = [];
$normalize = function ($v) use ($parser, &$invalid) {
    try {
        $n = $parser->normalize($v);
        if (strpos($n, 'dev-') !== 0) {
            return $n;
        }
    } catch (UnexpectedValueException $e) {
    }
    if (!isset($invalid[$v])) {
        $invalid[$v] = true;
        echo "#invalid\t$v\n";
    }
    return null;
};
while (($line = fgets(STDIN)) !== false) {
    [$a, $b] = explode("\t", rtrim($line, "\n"));
    $na = $normalize($a);
    $nb = $normalize($b);
    if ($na === null || $nb === null || preg_match('/\d{19}/', $na . $nb)) {
        continue;
    }
    $c = version_compare($na, $nb);
    echo "$a\t$b\t" . ($c < 0 ? '<' : ($c > 0 ? '>' : '=')) . "\n";
}
