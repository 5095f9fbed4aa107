package org.radwb.viewer.vtk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radwb.cli.CommandContext;
import org.radwb.imaging.io.NiftiIO;
import org.radwb.viewer.SyntheticHead;

/** {@code radwb viewer bench} as the CLI runs it (needs libvtk9-java and an X display: the build runs under xvfb-run). */
class ViewerBenchCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        CommandContext ctx = new CommandContext() {
            @Override
            public PrintStream out() {
                return new PrintStream(out, true, StandardCharsets.UTF_8);
            }

            @Override
            public PrintStream err() {
                return new PrintStream(err, true, StandardCharsets.UTF_8);
            }

            @Override
            public Path cwd() {
                return dir;
            }
        };
        return new ViewerBenchCommand().run(List.of(args), ctx);
    }

    @Test
    void printsFirstFrameAndFpsForImageAndMaskGivenRelativeToTheWorkingDirectory() throws Exception {
        SyntheticHead head = SyntheticHead.generate(40);
        NiftiIO.write(head.image(), dir.resolve("head.nii.gz"));
        NiftiIO.writeLabels(head.lesions(), dir.resolve("mask.nii.gz"));
        int code = run("--image", "head.nii.gz", "--mask", "mask.nii.gz", "--frames", "10", "--size", "128", "--png", "first.png");
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text + err.toString(StandardCharsets.UTF_8));
        Matcher first = Pattern.compile("(?m)^first_frame_ms: (\\d+)$").matcher(text);
        Matcher fps = Pattern.compile("(?m)^fps: (\\d+\\.\\d)$").matcher(text);
        assertTrue(first.find() && fps.find(), text);
        assertTrue(Double.parseDouble(fps.group(1)) > 0, text);
        assertTrue(text.contains("lesion_surfaces: 3"), text);
        assertTrue(Files.size(dir.resolve("first.png")) > 0);
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrong() throws Exception {
        assertEquals(2, run("--frames", "10"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Give exactly one of --image <file> or --synthetic <n>"));
        err.reset();
        assertEquals(2, run("--image", "missing.nii.gz"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.nii.gz does not exist"), err.toString());
        err.reset();
        assertEquals(2, run("--synthetic", "32", "--size", "big"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--size: expected a positive whole number, got 'big'"));
    }
}
