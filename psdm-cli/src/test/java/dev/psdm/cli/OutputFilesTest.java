package dev.psdm.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

import static dev.psdm.cli.CliRunner.SMALL;
import static dev.psdm.cli.PsdmProcess.psdm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What psdm does at its output paths, in a real process (issue 26 items 11 and 12, issue 22 item 9):
 * every output it can, the umask's mode, no planted link followed, no FIFO that blocks for ever.
 */
@EnabledOnOs(OS.LINUX)
class OutputFilesTest {
    private static final String SNAPSHOT = SMALL.toAbsolutePath().toString();
    private static final int OTHER_USER = 54321;

    @Test
    void oneUnwritableOutputDoesNotCostTheOthers(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ro"), "a file where a directory should be");
        var result = psdm().in(dir).run("check", "--snapshot", SNAPSHOT, "--fail-on", "never",
                "--format", "junit=ok.xml,html=ro/h.html,codequality=cq.json");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.ERROR);
        assertThat(dir.resolve("ok.xml")).exists();
        assertThat(dir.resolve("cq.json")).exists();
        assertThat(result.err().lines()).containsExactly(
                "psdm: cannot write ro/h.html: Not a directory",
                "psdm: 1 of 3 outputs could not be written; the others were");
    }

    /**
     * Issue 26 item 8, as any user, root included (CI runs as root): sysfs creates no file for anyone, so an
     * output there fails with the OS's reason (EACCES, or EROFS where /sys is mounted read-only, as in
     * Docker), named with the user's path, and the other outputs are still written.
     */
    @Test
    void aDirectoryNoOneMayWriteIsNamedWithTheReasonEvenAsRoot(@TempDir Path dir) throws Exception {
        assumeThat(Path.of("/sys/fs")).as("Linux sysfs").isDirectory();
        var result = psdm().in(dir).run("check", "--snapshot", SNAPSHOT, "--fail-on", "never",
                "--format", "json=ok.json,text=/sys/fs/psdm-r.txt");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).matches("psdm: cannot write /sys/fs/psdm-r\\.txt: (Permission denied|Read-only file system)\n"
                + "psdm: 1 of 2 outputs could not be written; the others were\n");
        assertThat(dir.resolve("ok.json")).exists();
        assertThat(Path.of("/sys/fs/psdm-r.txt")).doesNotExist();
    }

    /** Issue 26 item 8; as root too, psdm runs without CAP_DAC_OVERRIDE, which alone lets root write there. */
    @Test
    void aDirectoryWithoutPermissionIsNamedWithTheReason(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        var result = psdm().withoutRootsPrivileges().in(dir).run("check", "--snapshot", SNAPSHOT, "--output", "ro/r.txt");
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo("psdm: cannot write ro/r.txt: Permission denied\n");
        assertThat(ro.resolve("r.txt")).doesNotExist();
    }

    @Test
    void newOutputsFollowTheUmaskAndReplacedOnesKeepTheirMode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kept.json"), "old");
        Files.setPosixFilePermissions(dir.resolve("kept.json"), PosixFilePermissions.fromString("rw----r--"));
        var result = psdm().umask("027").in(dir).run("check", "--snapshot", SNAPSHOT, "--fail-on", "never",
                "--format", "html=new.html,json=kept.json");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(mode(dir.resolve("new.html"))).isEqualTo("rw-r-----");
        assertThat(mode(dir.resolve("kept.json"))).isEqualTo("rw----r--");

        result = psdm().umask("022").in(dir).run("check", "--snapshot", SNAPSHOT, "--fail-on", "never", "-o", "r.txt");
        assertThat(mode(dir.resolve("r.txt"))).as(result.err()).isEqualTo("rw-r--r--");
    }

    @Test
    void aLinkAnotherUserPlantedInASharedDirectoryIsNotFollowed(@TempDir Path dir) throws Exception {
        assumeThat(uid()).as("planting another user's link needs root (lchown)").isZero();
        Path shared = sharedDirectory(dir);
        Path victim = Files.writeString(dir.resolve("victim.txt"), "the user's own file");
        Path link = Files.createSymbolicLink(shared.resolve("report.html"), victim);
        Files.setAttribute(link, "unix:uid", OTHER_USER, LinkOption.NOFOLLOW_LINKS);

        var result = psdm().run("check", "--snapshot", SNAPSHOT, "--fail-on", "never", "--format", "html=" + link);
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).isEqualTo("psdm: cannot write " + link + ": " + link + " is a symbolic link another user"
                + " left in the shared directory " + shared + " (sticky, world-writable); psdm does not follow it, as Linux's"
                + " fs.protected_symlinks would not: remove it or give another path\n");
        assertThat(Files.readString(victim)).isEqualTo("the user's own file");
        assertThat(Files.isSymbolicLink(link)).isTrue();

        // the user's own link there is followed, as the kernel would
        Files.setAttribute(link, "unix:uid", uid(), LinkOption.NOFOLLOW_LINKS);
        result = psdm().run("check", "--snapshot", SNAPSHOT, "--fail-on", "never", "--format", "html=" + link);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(victim)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aFifoAnotherUserPlantedInASharedDirectoryIsNotWritten(@TempDir Path dir) throws Exception {
        assumeThat(uid()).as("planting another user's FIFO needs root (chown)").isZero();
        Path fifo = sharedDirectory(dir).resolve("report.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.setAttribute(fifo, "unix:uid", OTHER_USER, LinkOption.NOFOLLOW_LINKS);
        var result = psdm().run("check", "--snapshot", SNAPSHOT, "--format", "json=" + fifo);
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err()).startsWith("psdm: cannot write " + fifo + ": it is a FIFO or device that another user left")
                .contains("fs.protected_fifos").hasLineCount(1);
    }

    @Test
    void aFifoNobodyReadsEndsTheRunInsteadOfBlockingForEver(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Instant start = Instant.now();
        var result = psdm().jvm("-D" + SpecialFiles.WAIT_PROPERTY + "=2").run("check", "--snapshot", SNAPSHOT,
                "--format", "json=" + fifo + ",text=" + dir.resolve("r.txt"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
        assertThat(result.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(result.err().lines()).containsExactly(
                "psdm: cannot write " + fifo + ": no process opened it for reading within 2 s (a FIFO nobody reads)",
                "psdm: 1 of 2 outputs could not be written; the others were");
        assertThat(dir.resolve("r.txt")).exists();
    }

    private static Path sharedDirectory(Path dir) throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setAttribute(shared, "unix:mode", 01777);
        return shared;
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static int uid() throws Exception {
        return (int) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }
}
