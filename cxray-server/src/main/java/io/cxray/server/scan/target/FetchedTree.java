package io.cxray.server.scan.target;

import java.nio.file.Path;

/**
 * A target on disk, ready to scan.
 *
 * @param root the tree
 * @param branch the branch or tag scanned (the remote's default when none was asked for); null for
 *     archives and bare commits
 * @param commit the commit checked out; null for archives
 */
public record FetchedTree(Path root, String branch, String commit) {}
