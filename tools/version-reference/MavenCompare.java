// Orders version pairs with Maven's own ComparableVersion (maven-artifact).
// Run as a single-file program: java -cp maven-artifact-<v>.jar MavenCompare.java < pairs > out
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.maven.artifact.versioning.ComparableVersion;

public class MavenCompare {
  public static void main(String[] args) throws Exception {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      String[] ab = line.split("\t", -1);
      if (ab[0].isBlank() || ab[1].isBlank()) {
        continue; // blank strings are not versions for CXRay
      }
      int c = new ComparableVersion(ab[0]).compareTo(new ComparableVersion(ab[1]));
      System.out.println(ab[0] + "\t" + ab[1] + "\t" + (c < 0 ? "<" : c > 0 ? ">" : "="));
    }
  }
}
