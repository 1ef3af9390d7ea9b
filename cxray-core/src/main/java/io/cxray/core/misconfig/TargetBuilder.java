package io.cxray.core.misconfig;

import io.cxray.core.misconfig.actions.WorkflowParser;
import io.cxray.core.misconfig.compose.ComposeParser;
import io.cxray.core.misconfig.doc.CheckTarget;
import io.cxray.core.misconfig.doc.PositionedMap;
import io.cxray.core.misconfig.dockerfile.DockerfileParser;
import io.cxray.core.misconfig.host.LineEntriesReader;
import io.cxray.core.misconfig.host.LoginDefsReader;
import io.cxray.core.misconfig.host.SshdConfigReader;
import io.cxray.core.misconfig.host.SysctlReader;
import io.cxray.core.misconfig.kubernetes.KubernetesParser;
import io.cxray.core.misconfig.terraform.TerraformModuleReader;
import io.cxray.core.misconfig.yaml.BoundedYamlReader;
import io.cxray.core.misconfig.yaml.YamlReadException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Reads every configuration file of a tree into check targets. Per-file formats give targets per
 * file; host configurations that span files are grouped (sshd with its includes, sysctl files of
 * one directory in sysctl.d(5) order, audit rules.d and modprobe.d per directory) and Terraform
 * files per module directory. A file that cannot be read or parsed becomes a warning.
 */
final class TargetBuilder {
  private final TreeWalker tree;
  private final List<CheckTarget> targets = new ArrayList<>();
  private final List<MisconfigWarning> warnings = new ArrayList<>();
  private final Map<String, String[]> sources = new LinkedHashMap<>();
  private final BoundedYamlReader yaml = BoundedYamlReader.defaults();

  TargetBuilder(TreeWalker tree) {
    this.tree = tree;
  }

  void build() {
    Map<FileKind, List<String>> byKind = new TreeMap<>();
    for (String path : tree.paths()) {
      FileClassifier.classify(path)
          .ifPresent(k -> byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(path));
    }
    byKind.forEach(
        (kind, files) -> {
          try {
            addKind(kind, files);
          } catch (CancellationException e) {
            throw e;
          } catch (RuntimeException e) {
            warnings.add(new MisconfigWarning(files.get(0), kind.id() + " reader failed: " + e));
          }
        });
  }

  private void addKind(FileKind kind, List<String> files) {
    switch (kind) {
      case DOCKERFILE -> files.forEach(this::dockerfile);
      case KUBERNETES -> files.forEach(f -> yamlFile(f, kind));
      case GITHUB_ACTIONS -> files.forEach(f -> yamlFile(f, kind));
      case COMPOSE -> files.forEach(f -> yamlFile(f, kind));
      case TERRAFORM -> terraform(files);
      case SSHD -> sshd(files);
      case SYSCTL -> grouped(kind, files, "sysctl");
      case LOGIN_DEFS -> files.forEach(this::loginDefs);
      case SUDOERS -> files.forEach(f -> lineEntries(kind, List.of(f), "sudoers"));
      case AUDIT_RULES -> grouped(kind, files, "audit");
      case MODPROBE -> grouped(kind, files, "modprobe");
    }
  }

  private String text(String file) {
    TreeWalker.Read r = tree.readChecked(file);
    if (r.text().isEmpty()) {
      warnings.add(new MisconfigWarning(file, r.problem()));
      return null;
    }
    sources.put(file, r.text().get().split("\r?\n", -1));
    return r.text().get();
  }

  private void dockerfile(String file) {
    String text = text(file);
    if (text == null) {
      return;
    }
    var model = DockerfileParser.parse(text);
    targets.add(
        new CheckTarget(
            FileKind.DOCKERFILE,
            "",
            file,
            1,
            Map.of(
                "stages", model.stages(),
                "instructions", model.instructions(),
                "finalStage", model.finalStage())));
  }

  private void yamlFile(String file, FileKind kind) {
    String text = text(file);
    if (text == null) {
      return;
    }
    List<Object> docs;
    try {
      docs = yaml.readAll(text);
    } catch (YamlReadException e) {
      if (kind != FileKind.KUBERNETES || looksLikeKubernetes(text)) {
        warnings.add(new MisconfigWarning(file, e.getMessage()));
      }
      sources.remove(file);
      return;
    }
    List<CheckTarget> found =
        switch (kind) {
          case GITHUB_ACTIONS -> WorkflowParser.targets(file, docs);
          case COMPOSE -> ComposeParser.targets(file, docs);
          default -> KubernetesParser.targets(file, docs);
        };
    if (found.isEmpty()) {
      sources.remove(file);
    }
    targets.addAll(found);
  }

  private static boolean looksLikeKubernetes(String text) {
    return text.contains("apiVersion:") && text.contains("kind:");
  }

  private void terraform(List<String> files) {
    Map<String, List<String>> byDir = new TreeMap<>();
    for (String f : files) {
      byDir.computeIfAbsent(dirOf(f), d -> new ArrayList<>()).add(f);
    }
    byDir.forEach(
        (dir, group) -> {
          Map<String, String> texts = new LinkedHashMap<>();
          for (String f : group) {
            String t = text(f);
            if (t != null) {
              texts.put(f, t);
            }
          }
          var module = TerraformModuleReader.read(texts);
          module.warnings().forEach(w -> warnings.add(new MisconfigWarning(w.file(), w.message())));
          targets.addAll(module.targets());
        });
  }

  private void sshd(List<String> files) {
    Set<String> included = new HashSet<>();
    for (String f : files) {
      if (f.endsWith("/sshd_config") || f.equals("sshd_config")) {
        if (text(f) == null) {
          continue;
        }
        SshdConfigReader reader = new SshdConfigReader(tree);
        PositionedMap sshd = reader.read(f, true);
        included.addAll(reader.filesRead());
        reader.warnings().forEach(w -> warnings.add(new MisconfigWarning(f, w)));
        reader.filesRead().forEach(this::text);
        targets.add(new CheckTarget(FileKind.SSHD, "", f, 0, Map.of("sshd", sshd)));
      }
    }
    for (String f : files) {
      if (!included.contains(f) && text(f) != null) {
        PositionedMap sshd = new SshdConfigReader(tree).read(f, false);
        targets.add(new CheckTarget(FileKind.SSHD, "", f, 0, Map.of("sshd", sshd)));
      }
    }
  }

  /** Files grouped by the directory that holds the main file or the {@code .d} directory. */
  private void grouped(FileKind kind, List<String> files, String variable) {
    Map<String, List<String>> groups = new TreeMap<>();
    for (String f : files) {
      String dir = dirOf(f);
      String key = dir.endsWith(".d") ? dirOf(dir) : dir;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    for (List<String> group : groups.values()) {
      // sysctl.d(5): drop-ins in lexical order of their names, /etc/sysctl.conf read last.
      group.sort(
          Comparator.comparing((String f) -> !f.contains(".d/"))
              .thenComparing(f -> f.substring(f.lastIndexOf('/') + 1)));
      List<String> readable = group.stream().filter(f -> text(f) != null).toList();
      if (readable.isEmpty()) {
        continue;
      }
      if (kind == FileKind.SYSCTL) {
        String main = readable.get(readable.size() - 1);
        targets.add(
            new CheckTarget(
                kind, "", main, 0, Map.of(variable, SysctlReader.read(tree, readable))));
      } else {
        lineEntries(kind, readable, variable);
      }
    }
  }

  private void lineEntries(FileKind kind, List<String> files, String variable) {
    List<String> readable =
        files.stream().filter(f -> sources.containsKey(f) || text(f) != null).toList();
    if (readable.isEmpty()) {
      return;
    }
    PositionedMap entries =
        LineEntriesReader.read(tree, readable, kind == FileKind.SUDOERS, kind == FileKind.MODPROBE);
    String main = readable.get(readable.size() - 1);
    targets.add(new CheckTarget(kind, "", main, 0, Map.of(variable, entries)));
  }

  private void loginDefs(String file) {
    String text = text(file);
    if (text != null) {
      targets.add(
          new CheckTarget(
              FileKind.LOGIN_DEFS,
              "",
              file,
              0,
              Map.of("logindefs", LoginDefsReader.read(file, text))));
    }
  }

  private static String dirOf(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  List<CheckTarget> targets() {
    return targets;
  }

  List<MisconfigWarning> warnings() {
    return warnings;
  }

  /** Source lines of every file read, for evidence and inline suppressions. */
  Map<String, String[]> sources() {
    return sources;
  }
}
