package dev.psdm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where an output really goes, decided before anything is written (issue 22 item 9). A symbolic
 * link is followed only where Linux's {@code fs.protected_symlinks} would follow it: not one in a
 * sticky world-writable directory ({@code /tmp}, a shared folder) unless the link is the user's own
 * or the directory owner's. A link planted there by another user made psdm replace whatever file of
 * the user's it named. For the same reason ({@code fs.protected_fifos}) a FIFO or device that
 * another user left in such a directory is refused: writing the report into it hands the report to
 * whoever reads it.
 *
 * @param path   the resolved path, links followed
 * @param kind   what is there now
 */
record OutputPath(Path path, Kind kind) {

    enum Kind { ABSENT, REGULAR, DIRECTORY, SPECIAL }

    private static final int MAX_LINKS = 40;
    private static final int STICKY = 01000;
    private static final int WORLD_WRITABLE = 02;

    /** Resolves {@code target}, every symbolic link on the way checked. */
    static OutputPath resolve(Path target) {
        Path absolute = target.toAbsolutePath();
        try {
            Path resolved = follow(target, absolute);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(resolved, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return new OutputPath(resolved, Kind.ABSENT);
            }
            if (attributes.isDirectory()) {
                return new OutputPath(resolved, Kind.DIRECTORY);
            }
            if (attributes.isRegularFile()) {
                return new OutputPath(resolved, Kind.REGULAR);
            }
            Path dir = resolved.getParent();
            if (dir != null && isShared(dir) && !trusted(owner(resolved), dir)) {
                throw new UserError("cannot write " + target + ": it is a FIFO or device that another user left in the shared"
                        + " directory " + dir + " (sticky, world-writable); psdm does not write into it, as Linux's"
                        + " fs.protected_fifos would not: remove it or give another path");
            }
            return new OutputPath(resolved, Kind.SPECIAL);
        } catch (IOException e) {
            throw new UserError("cannot write " + target + ": " + IoErrors.reason(e), e);
        }
    }

    /** The path with every link of every component followed under the protected_symlinks rule. */
    private static Path follow(Path target, Path absolute) throws IOException {
        Path current = absolute.getRoot();
        java.util.Deque<Path> rest = new java.util.ArrayDeque<>();
        absolute.forEach(rest::addLast);
        int links = 0;
        while (!rest.isEmpty()) {
            Path name = rest.removeFirst();
            if (name.toString().equals(".")) {
                continue;
            }
            if (name.toString().equals("..")) {
                current = current.getParent() == null ? current : current.getParent();
                continue;
            }
            Path next = current.resolve(name);
            if (!Files.isSymbolicLink(next)) {
                current = next;
                continue;
            }
            if (++links > MAX_LINKS) {
                throw new UserError("cannot write " + target + ": too many levels of symbolic links");
            }
            if (isShared(current) && !trusted(owner(next), current)) {
                throw new UserError("cannot write " + target + ": " + next + " is a symbolic link another user left in the"
                        + " shared directory " + current + " (sticky, world-writable); psdm does not follow it, as Linux's"
                        + " fs.protected_symlinks would not: remove it or give another path");
            }
            Path link = Files.readSymbolicLink(next);
            java.util.List<Path> names = new java.util.ArrayList<>();
            link.forEach(names::add);
            for (int i = names.size() - 1; i >= 0; i--) {
                rest.addFirst(names.get(i));
            }
            if (link.isAbsolute()) {
                current = link.getRoot();
            }
        }
        return current;
    }

    /** A sticky, world-writable directory such as {@code /tmp}. */
    private static boolean isShared(Path dir) throws IOException {
        Object mode = unix(dir, "mode");
        return mode instanceof Integer m && (m & STICKY) != 0 && (m & WORLD_WRITABLE) != 0;
    }

    /** The user's own, or the directory owner's: what the kernel trusts in a shared directory. */
    private static boolean trusted(Object owner, Path dir) throws IOException {
        return owner == null || owner.equals(currentUid()) || owner.equals(unix(dir, "uid"));
    }

    private static Object owner(Path path) throws IOException {
        return unix(path, "uid");
    }

    /** A unix attribute without following links, or null where the file system has none. */
    private static Object unix(Path path, String attribute) throws IOException {
        try {
            return Files.getAttribute(path, "unix:" + attribute, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer currentUid() {
        try {
            return (int) new com.sun.security.auth.module.UnixSystem().getUid();
        } catch (LinkageError | RuntimeException e) {
            return null; // not a Unix system: no sticky directories to guard
        }
    }
}
