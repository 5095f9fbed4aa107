package org.radwb.ui.session;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;

/**
 * The workbench's own command-line arguments: {@code --review <folder>|example} opens a review on start,
 * {@code --open <image> [--mask <mask>]} shows an image in the viewer.
 */
public record StartupArguments(String review, String image, String mask) {

    /** Parses the application arguments of the running platform. */
    public static StartupArguments fromPlatform() {
        String[] args = Platform.getApplicationArgs();
        return parse(args == null ? List.of() : Arrays.asList(args));
    }

    /** Parses arguments; unknown ones are left to other consumers (Eclipse's own). */
    public static StartupArguments parse(List<String> args) {
        String review = null;
        String image = null;
        String mask = null;
        for (int i = 0; i + 1 < args.size(); i++) {
            switch (args.get(i)) {
                case "--review" -> review = args.get(++i);
                case "--open" -> image = args.get(++i);
                case "--mask" -> mask = args.get(++i);
                default -> {
                    // not ours
                }
            }
        }
        return new StartupArguments(review, image, mask);
    }
}
