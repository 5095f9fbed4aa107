package org.radwb.imaging.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Opening files, transparently gunzipping when the content starts with the gzip magic (not by name). */
final class Streams {

    private Streams() {
    }

    static InputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return gunzip(file, in);
        }
        return in;
    }

    /** Opens a file without looking at its content. */
    static InputStream openRaw(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    static InputStream gunzip(Path file, InputStream in) throws IOException {
        return new BufferedInputStream(gunzipUnbuffered(file, in), 1 << 16);
    }

    /** As {@link #gunzip} without the output buffer: for callers that read in large blocks (inflates into their array). */
    static InputStream gunzipUnbuffered(Path file, InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in, 1 << 16);
        } catch (java.io.EOFException e) {
            in.close();
            throw new ImageFormatException(file, "gzip stream", "truncated (ends inside the gzip header)", e);
        } catch (ZipException e) {
            in.close();
            throw new ImageFormatException(file, "gzip stream", "corrupt: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a file holds at least {@code length} content bytes by its own account: for a gzip file, its trailer's
     * ISIZE (uncompressed length mod 2^32 of the last member) equals {@code length} mod 2^32; for a plain file, its
     * size is at least {@code length}. Reads the first two and the last four bytes only.
     */
    static boolean completeAsDeclared(Path file, long length) throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(2);
            while (head.hasRemaining() && ch.read(head) > 0) {
                // read the magic
            }
            boolean gz = head.position() == 2 && (head.get(0) & 0xff) == 0x1f && (head.get(1) & 0xff) == 0x8b;
            if (!gz) {
                return size >= length;
            }
            if (size < 18) {
                return false;
            }
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            ch.position(size - 4);
            while (tail.hasRemaining() && ch.read(tail) > 0) {
                // read ISIZE
            }
            return !tail.hasRemaining() && (tail.getInt(0) & 0xffffffffL) == (length & 0xffffffffL);
        }
    }

    /** Reads exactly n bytes or fails naming the field. */
    static byte[] readFully(Path file, InputStream in, int n, String field) throws IOException {
        byte[] b;
        try {
            b = in.readNBytes(n);
        } catch (java.io.EOFException e) {
            throw new ImageFormatException(file, field, "truncated gzip stream", e);
        } catch (ZipException e) {
            throw new ImageFormatException(file, field, "corrupt gzip stream: " + e.getMessage(), e);
        }
        if (b.length < n) {
            throw new ImageFormatException(file, field, "file ends after " + b.length + " of " + n + " bytes");
        }
        return b;
    }

    /** Skips exactly n bytes (works on gzip streams, where skip() may stop early). */
    static void skipFully(Path file, InputStream in, long n, String field) throws IOException {
        while (n > 0) {
            int step = (int) Math.min(n, 1 << 16);
            readFully(file, in, step, field);
            n -= step;
        }
    }
}
