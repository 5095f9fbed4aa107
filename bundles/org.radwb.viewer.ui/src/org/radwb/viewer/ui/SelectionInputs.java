package org.radwb.viewer.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.Segmentation;

/**
 * Turns a navigator selection into a viewer input: an image series opens its file; a segmentation opens its image
 * with it as the mask and selects its label; a lesion opens its first segmentation. Relative paths are resolved
 * against the review folder.
 */
public final class SelectionInputs {

    private SelectionInputs() {
    }

    /** The input for a selected object, or a message saying why it cannot be shown. */
    public static Result inputFor(Object selected, Path reviewFolder) {
        if (selected instanceof Lesion lesion) {
            if (lesion.getSegmentations().isEmpty()) {
                return Result.problem("Lesion " + lesion.getId() + " has no segmentation to show.");
            }
            return inputFor(lesion.getSegmentations().get(0), reviewFolder);
        }
        if (selected instanceof Segmentation seg) {
            if (seg.getImage() == null || blank(seg.getImage().getPath())) {
                return Result.problem("Segmentation " + seg.getId() + " has no image series with a file path.");
            }
            if (blank(seg.getPath())) {
                return Result.problem("Segmentation " + seg.getId() + " has no mask file path.");
            }
            Integer label = seg.getLabel() > 0 ? seg.getLabel() : null;
            return Result.of(new ViewerInput(resolve(reviewFolder, seg.getImage().getPath()), resolve(reviewFolder, seg.getPath()), label));
        }
        if (selected instanceof ImageSeries series) {
            if (blank(series.getPath())) {
                return Result.problem("Image series " + series.getId() + " has no file path.");
            }
            return Result.of(new ViewerInput(resolve(reviewFolder, series.getPath()), null, null));
        }
        return Result.problem("Select an image series, a segmentation or a lesion in the navigator to open it in the viewer.");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Path resolve(Path folder, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || folder == null ? p : folder.resolve(p).normalize();
    }

    /** Either an input or a problem message. */
    public record Result(Optional<ViewerInput> input, String problem) {
        static Result of(ViewerInput input) {
            return new Result(Optional.of(input), null);
        }

        static Result problem(String message) {
            return new Result(Optional.empty(), message);
        }
    }
}
