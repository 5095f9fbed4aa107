package org.radwb.imaging.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file opened for one pass: every byte read from disk goes through a SHA-256 digest on its way to the decoder
 * ({@link #data()}, gunzipped when the content starts with the gzip magic), so the provenance hash of the file costs
 * no second read. {@link #finishSha256()} feeds the bytes the decoder did not need (e.g. after the last slice of a
 * region read) into the digest without decoding them.
 */
final class HashedFile implements Closeable {

    private final Path file;
    private final Digesting raw;
    private final InputStream data;
    private final boolean gzip;

    private HashedFile(Path file, Digesting raw, InputStream data, boolean gzip) {
        this.file = file;
        this.raw = raw;
        this.data = data;
        this.gzip = gzip;
    }

    static HashedFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        Digesting raw = new Digesting(Files.newInputStream(file));
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        boolean gz = b0 == 0x1f && b1 == 0x8b;
        // voxel data are read in blocks of ~40 KB and more, so GZIPInputStream inflates straight into the caller's array
        return new HashedFile(file, raw, gz ? Streams.gunzipUnbuffered(file, in) : in, gz);
    }

    /** SHA-256 of a file's bytes (no decoding), hex. */
    static String sha256(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        try (Digesting raw = new Digesting(Files.newInputStream(file))) {
            byte[] buf = new byte[1 << 16];
            while (raw.read(buf, 0, buf.length) >= 0) {
                // the digest sees the bytes as they pass
            }
            return HexFormat.of().formatHex(raw.md.digest());
        }
    }

    Path file() {
        return file;
    }

    /** The decoded content (gunzipped if the file is gzip). */
    InputStream data() {
        return data;
    }

    boolean gzip() {
        return gzip;
    }

    /** Reads the rest of the file into the digest (not decoding it) and returns the SHA-256 of all its bytes, hex. */
    String finishSha256() throws IOException {
        byte[] buf = new byte[1 << 16];
        while (raw.read(buf, 0, buf.length) >= 0) {
            // the digest sees the bytes as they pass
        }
        return HexFormat.of().formatHex(raw.md.digest());
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    /** The raw file stream, digesting every byte read. */
    private static final class Digesting extends FilterInputStream {
        final MessageDigest md;

        Digesting(InputStream in) {
            super(in);
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                md.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                md.update(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipping would bypass the digest: read instead
            byte[] buf = new byte[(int) Math.min(n, 1 << 16)];
            int got = read(buf, 0, buf.length);
            return Math.max(0, got);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
