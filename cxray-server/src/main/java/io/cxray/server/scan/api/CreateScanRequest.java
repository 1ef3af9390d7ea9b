package io.cxray.server.scan.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The JSON body of {@code POST /v1/scans}. Checked by {@link ScanSubmissions}, which reports the
 * offending field and value the way the seed's example does.
 */
public record CreateScanRequest(
    @Schema(
            description = "Scan types: cve, cce, sbom (non-empty)",
            example = "[\"cve\", \"cce\", \"sbom\"]")
        List<String> type,
    @Schema(
            description =
                "A git URL: https, ssh (ssh://git@host/org/repo.git or git@host:org/repo.git) or"
                    + " git scheme",
            example = "https://github.com/user/repo")
        String target,
    @Schema(description = "Branch or tag; default: the remote's default branch", example = "main")
        String branch,
    @Schema(description = "The project to file the scan under; default: by repository URL")
        String projectId,
    @Schema(description = "A commit to scan (40 hex digits) instead of the branch's head")
        String commit,
    @Schema(
            description =
                "A repository access token (https), stored encrypted for the project and used for"
                    + " its later scans too; never returned",
            writeOnly = true)
        String accessToken,
    @Schema(
            description =
                "An ssh private key (deploy key) for ssh targets: OpenSSH or PEM text, without a"
                    + " passphrase; stored encrypted for the project and used for its later scans"
                    + " too; never returned. The server checks the ssh host key against its"
                    + " known_hosts",
            writeOnly = true)
        String sshKey) {}
