#!/bin/sh
# Rebuilds the archives of the maven-java-archive golden cases from nothing but this script:
# one jar built by Maven (real maven-archiver output), the rest assembled with the JDK's `jar`
# tool. Run from this directory: sh make-archives.sh /path/to/mvnw
set -eu
MVN=${1:-mvn}
HERE=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DATE=2026-01-01T00:00:00Z

# 1. A library built by Maven: pom.properties and MANIFEST.MF as maven-archiver writes them.
# build_greeting VERSION builds greeting-lib-VERSION.jar in $WORK/greeting-VERSION/target.
build_greeting() {
mkdir -p "$WORK/greeting-$1/src/main/java/io/cxray/testdata/greeting"
cat > "$WORK/greeting-$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.cxray.testdata</groupId>
  <artifactId>greeting-lib</artifactId>
  <version>$1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
  </properties>
</project>
EOF
cat > "$WORK/greeting-$1/src/main/java/io/cxray/testdata/greeting/Greeting.java" <<'EOF'
package io.cxray.testdata.greeting;

public final class Greeting {
  public static String hello(String name) {
    return "hello " + name;
  }
}
EOF
(cd "$WORK/greeting-$1" && "$MVN" -q -B package)
}
build_greeting 1.4.0
GREETING="$WORK/greeting-1.4.0/target/greeting-lib-1.4.0.jar"
cp "$GREETING" "$HERE/maven-built-jar/greeting-lib-1.4.0.jar"

# 2. A jar with only a MANIFEST.MF (Implementation-* and Bundle-* headers), no pom.properties.
mkdir -p "$WORK/legacy"
printf 'Implementation-Title: legacy-codec\nImplementation-Version: 2.1\nImplementation-Vendor-Id: org.example.legacy\nBundle-SymbolicName: org.example.legacy.codec\nBundle-Version: 2.1.0\n' > "$WORK/legacy.mf"
echo "codec" > "$WORK/legacy/codec.txt"
jar --create --date=$DATE --file "$WORK/legacy-codec-2.1.jar" --manifest "$WORK/legacy.mf" -C "$WORK/legacy" .

# 3. A jar with neither (cannot be identified).
mkdir -p "$WORK/anon"
echo "data" > "$WORK/anon/data.txt"
jar --create --date=$DATE --no-manifest --file "$WORK/anonymous.jar" -C "$WORK/anon" .

# 4. A web application: its own pom.properties, libraries in WEB-INF/lib.
mkdir -p "$WORK/war/WEB-INF/lib" "$WORK/war/META-INF/maven/io.cxray.testdata/shop-web"
printf 'artifactId=shop-web\ngroupId=io.cxray.testdata\nversion=3.0.1\n' > "$WORK/war/META-INF/maven/io.cxray.testdata/shop-web/pom.properties"
cp "$GREETING" "$WORK/legacy-codec-2.1.jar" "$WORK/anonymous.jar" "$WORK/war/WEB-INF/lib/"
jar --create --date=$DATE --file "$HERE/webapp-war/shop-web-3.0.1.war" -C "$WORK/war" .

# 5. A Spring Boot style executable jar: libraries stored uncompressed in BOOT-INF/lib.
mkdir -p "$WORK/boot/BOOT-INF/lib" "$WORK/boot/META-INF/maven/io.cxray.testdata/shop-app"
printf 'artifactId=shop-app\ngroupId=io.cxray.testdata\nversion=3.0.1\n' > "$WORK/boot/META-INF/maven/io.cxray.testdata/shop-app/pom.properties"
cp "$GREETING" "$WORK/legacy-codec-2.1.jar" "$WORK/boot/BOOT-INF/lib/"
jar --create --date=$DATE --no-compress --file "$HERE/boot-jar/shop-app-3.0.1.jar" -C "$WORK/boot" .

# 6. An enterprise archive: the WAR as a module and a library in lib/ (two levels of nesting).
mkdir -p "$WORK/ear/lib" "$WORK/ear/META-INF"
printf '<application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10"><module><web><web-uri>shop-web-3.0.1.war</web-uri><context-root>/shop</context-root></web></module></application>\n' > "$WORK/ear/META-INF/application.xml"
cp "$HERE/webapp-war/shop-web-3.0.1.war" "$WORK/ear/"
cp "$WORK/legacy-codec-2.1.jar" "$WORK/ear/lib/"
jar --create --date=$DATE --file "$HERE/ear-modules/shop-3.0.1.ear" -C "$WORK/ear" .

# 7. A shaded jar: the pom.properties of the bundled artifact kept beside its own.
mkdir -p "$WORK/shaded/META-INF/maven/io.cxray.testdata/shaded-tool" "$WORK/shaded/META-INF/maven/io.cxray.testdata/greeting-lib"
printf 'artifactId=shaded-tool\ngroupId=io.cxray.testdata\nversion=0.9.0\n' > "$WORK/shaded/META-INF/maven/io.cxray.testdata/shaded-tool/pom.properties"
printf '#Created by Apache Maven 3.9.11\nartifactId=greeting-lib\ngroupId=io.cxray.testdata\nversion=1.4.0\n' > "$WORK/shaded/META-INF/maven/io.cxray.testdata/greeting-lib/pom.properties"
jar --create --date=$DATE --file "$HERE/shaded-jar/shaded-tool-0.9.0.jar" -C "$WORK/shaded" .

# 8. A truncated download: the first 1500 bytes of the WAR.
head -c 1500 "$HERE/webapp-war/shop-web-3.0.1.war" > "$HERE/truncated/shop-web-3.0.1.war"

# 9. Two versions of one library in WEB-INF/lib (a duplicate a careless build leaves behind).
build_greeting 1.3.2
mkdir -p "$WORK/dup/WEB-INF/lib" "$WORK/dup/META-INF/maven/io.cxray.testdata/report-web"
printf 'artifactId=report-web\ngroupId=io.cxray.testdata\nversion=2.0.0\n' > "$WORK/dup/META-INF/maven/io.cxray.testdata/report-web/pom.properties"
cp "$GREETING" "$WORK/greeting-1.3.2/target/greeting-lib-1.3.2.jar" "$WORK/dup/WEB-INF/lib/"
mkdir -p "$HERE/war-two-versions"
jar --create --date=$DATE --file "$HERE/war-two-versions/report-web-2.0.0.war" -C "$WORK/dup" .
