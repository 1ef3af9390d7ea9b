package io.cxray.core.version;

/**
 * Hex (Erlang/Elixir) versions, as Elixir's <a
 * href="https://hexdocs.pm/elixir/Version.html">Version</a> parses and compares them: SemVer 2.0.0
 * with exactly three numbers, no leading zeros in numbers or numeric pre-release identifiers, no
 * {@code v} prefix; {@code Version.compare/2} ignores build metadata.
 */
public final class HexScheme extends ParsingVersionScheme<SemverVersion> {
  @Override
  public String name() {
    return "hex";
  }

  @Override
  SemverVersion parse(String version) {
    return SemverVersion.parse(version, SemverVersion.Syntax.STRICT);
  }

  @Override
  int compareParsed(SemverVersion a, SemverVersion b) {
    return SemverVersion.comparePrecedence(a, b);
  }
}
