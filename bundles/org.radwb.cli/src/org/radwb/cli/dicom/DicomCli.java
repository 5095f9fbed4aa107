package org.radwb.cli.dicom;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.radwb.dicom.deid.Deidentifier;

/** Helpers shared by the dicom commands. */
final class DicomCli {
    private DicomCli() {
    }

    static void printProblems(List<String> problems, PrintStream err) {
        for (String p : problems) {
            err.println("problem: " + p);
        }
    }

    /**
     * The key used when none is named: {@code ~/.config/radwb/deidentification.key} (or {@code $XDG_CONFIG_HOME}),
     * one per user and outside every project, so the same patient gets the same pseudonym in every import.
     */
    static Path defaultKeyFile() throws IOException {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config"))
                .resolve("radwb");
        Files.createDirectories(dir);
        return dir.resolve("deidentification.key");
    }

    /**
     * The de-identification key from {@code keyFile}; a new random key is written there (owner-only permissions)
     * when the file does not exist yet. The same key gives the same pseudonyms, date shifts and UIDs next time.
     */
    static Deidentifier deidentifier(Path keyFile, boolean retainCharacteristics, boolean retainDescriptions,
            PrintStream err) throws IOException {
        if (!Files.exists(keyFile)) {
            Files.writeString(keyFile, Deidentifier.newKey() + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // non-POSIX file system: permissions stay as the platform sets them
            }
            err.println("note: created de-identification key " + keyFile + " — keep it outside the project and "
                    + "safe; with it the same patients get the same pseudonyms next time");
        }
        String text = Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile + ": not a Base64 key (" + e.getMessage() + ")", e);
        }
        if (key.length < 16) {
            throw new IOException(keyFile + ": key has " + key.length + " bytes, expected at least 16");
        }
        return new Deidentifier(key, new Deidentifier.Options(retainCharacteristics, retainDescriptions));
    }
}
