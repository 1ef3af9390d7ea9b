package io.cxray.bench;

/** Generated configuration files for the misconfiguration benchmark, varied by an index. */
final class ConfigSamples {
  private ConfigSamples() {}

  static String dockerfile(int i) {
    return "FROM ubuntu:"
        + (i % 2 == 0 ? "latest" : "24.04")
        + " AS build\n"
        + "ARG VERSION=1."
        + i
        + "\n"
        + "RUN apt-get update \\\n && apt-get install -y curl git \\\n && rm -rf /var/lib/apt/lists/*\n"
        + "RUN curl -fsSL https://example.com/install.sh | sh\n"
        + "FROM gcr.io/distroless/base:nonroot\n"
        + "COPY --from=build /app /app\n"
        + "ENV APP_PORT="
        + (8000 + i % 100)
        + "\n"
        + (i % 3 == 0 ? "USER 65532\n" : "")
        + "EXPOSE 8080\nCMD [\"/app\"]\n";
  }

  static String kubernetes(int i) {
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app"
        + i
        + "\nspec:\n"
        + "  replicas: 2\n  template:\n    metadata:\n      labels: {app: app"
        + i
        + "}\n"
        + "    spec:\n      containers:\n        - name: app\n          image: registry.local/app:1."
        + i
        + "\n"
        + "          ports:\n            - containerPort: 8080\n"
        + "          securityContext:\n            privileged: "
        + (i % 5 == 0)
        + "\n"
        + "            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n"
        + "            runAsNonRoot: true\n            capabilities: {drop: [ALL]}\n"
        + "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: app"
        + i
        + "\nspec:\n"
        + "  ports: [{port: 80, targetPort: 8080}]\n";
  }

  static String rbac(int i) {
    return "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r"
        + i
        + "\n"
        + "rules:\n  - apiGroups: [\"\"]\n    resources: ["
        + (i % 4 == 0 ? "secrets" : "pods")
        + "]\n"
        + "    verbs: [get, list]\n";
  }

  static String workflow(int i) {
    return "name: ci\non: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
        + "    steps:\n      - uses: actions/checkout@v4\n"
        + "      - run: echo \"${{ github.event.pull_request.title }}\" && make test-"
        + i
        + "\n";
  }

  static String terraform(int i) {
    return "resource \"aws_security_group\" \"sg"
        + i
        + "\" {\n  name = \"sg-"
        + i
        + "\"\n"
        + "  ingress {\n    from_port   = "
        + (i % 2 == 0 ? 22 : 443)
        + "\n    to_port     = "
        + (i % 2 == 0 ? 22 : 443)
        + "\n    protocol    = \"tcp\"\n"
        + "    cidr_blocks = [\"0.0.0.0/0\"]\n  }\n}\n\n"
        + "resource \"aws_s3_bucket\" \"b"
        + i
        + "\" {\n  bucket = \"bucket-${var.env}-"
        + i
        + "\"\n}\n\n"
        + "resource \"aws_db_instance\" \"db"
        + i
        + "\" {\n  engine = \"postgres\"\n"
        + "  storage_encrypted = "
        + (i % 3 == 0)
        + "\n}\n";
  }

  static String compose(int i) {
    return "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n"
        + (i % 4 == 0 ? "    privileged: true\n" : "")
        + "  agent:\n    image: agent:"
        + i
        + "\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n";
  }

  static String sshd(int i) {
    return "Port 22\nPermitRootLogin "
        + (i % 2 == 0 ? "yes" : "no")
        + "\nMaxAuthTries 4\n"
        + "ClientAliveInterval 300\nX11Forwarding no\nMatch User backup"
        + i
        + "\n  X11Forwarding yes\n";
  }

  static String sysctl(int i) {
    return "net.ipv4.ip_forward = "
        + (i % 2)
        + "\nkernel.randomize_va_space = 2\nfs.suid_dumpable = 0\n";
  }
}
