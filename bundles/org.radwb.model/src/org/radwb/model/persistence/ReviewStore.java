package org.radwb.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.radwb.model.Review;
import org.radwb.model.ReviewPackage;

/**
 * A review project is a folder holding {@value #FILE_NAME} (the model as XMI) next to the files it refers to.
 * <p>
 * Saving is atomic: the new content goes to a temporary file in the same folder, is forced to disk and then
 * renamed over the old file, after the old file was copied to {@value #BACKUP_NAME}. A crash at any moment
 * leaves either the old or the new file complete; a leftover temporary file is ignored on load.
 */
public final class ReviewStore {

    /** The model file inside a review folder. */
    public static final String FILE_NAME = "review.radwb";
    /** The previous version of the model file, kept by every save. */
    public static final String BACKUP_NAME = "review.radwb.bak";
    static final String TEMP_NAME = "review.radwb.tmp";

    private ReviewStore() {
    }

    /** Writes the bytes of a save; tests replace it to simulate a crash part-way through. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out, byte[] bytes) throws IOException;
    }

    private static final Writer PLAIN = OutputStream::write;

    /** @return the model file of a review folder */
    public static Path modelFile(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /** @return true if the folder holds a review */
    public static boolean isReview(Path folder) {
        return Files.isRegularFile(modelFile(folder));
    }

    /** Creates a resource set that reads and writes review files. */
    public static ResourceSet newResourceSet() {
        ReviewPackage.eINSTANCE.eClass();
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("radwb", new ResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                return newResource(uri);
            }
        });
        set.getPackageRegistry().put(ReviewPackage.eNS_URI, ReviewPackage.eINSTANCE);
        return set;
    }

    private static XMIResource newResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                return true; // references (segmentation -> image) survive reordering and editing
            }
        };
        resource.setEncoding("UTF-8");
        return resource;
    }

    /**
     * Loads the review of a folder, migrating files of older model versions.
     *
     * @throws NoSuchFileException   if the folder holds no review
     * @throws ReviewFormatException if the file is corrupt or of an unknown version (file and line named)
     */
    public static Review load(Path folder) throws IOException {
        return load(folder, newResourceSet());
    }

    /** Loads into the given resource set (e.g. an editing domain's). */
    public static Review load(Path folder, ResourceSet set) throws IOException {
        Path file = modelFile(folder);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no review in this folder (expected " + FILE_NAME + ")");
        }
        byte[] bytes = ReviewMigrator.migrate(file);
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(bytes), loadOptions());
        } catch (IOException e) {
            throw new ReviewFormatException(file, describe(e), e);
        } catch (RuntimeException e) {
            throw new ReviewFormatException(file, "cannot be read: " + e, e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Review review)) {
            throw new ReviewFormatException(file, "the root element is not a review");
        }
        return review;
    }

    private static String describe(IOException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof org.eclipse.emf.ecore.xmi.XMIException x) {
            return "line " + x.getLine() + ", column " + x.getColumn() + ": " + x.getMessage();
        }
        return cause.getMessage();
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        return options;
    }

    /**
     * Saves a review into a folder atomically, keeping the previous version as {@value #BACKUP_NAME}.
     * If the review is not yet in a resource it is put into one for that folder.
     */
    public static void save(Review review, Path folder) throws IOException {
        save(review, folder, PLAIN);
    }

    /** As {@link #save(Review, Path)} with a given byte writer (tests use it to fail part-way). */
    public static void save(Review review, Path folder, Writer writer) throws IOException {
        Files.createDirectories(folder);
        Path file = modelFile(folder);
        Resource resource = review.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(review);
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        resource.save(buffer, saveOptions());
        byte[] bytes = buffer.toByteArray();

        Path temp = folder.resolve(TEMP_NAME);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writer.write(new ChannelOutput(channel), bytes);
            channel.force(true);
        }
        if (Files.isRegularFile(file)) {
            Path backupTemp = folder.resolve(BACKUP_NAME + ".tmp");
            Files.copy(file, backupTemp, StandardCopyOption.REPLACE_EXISTING);
            force(backupTemp);
            move(backupTemp, folder.resolve(BACKUP_NAME));
        }
        move(temp, file);
        forceDirectory(folder);
        resource.setModified(false);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void forceDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every file system lets a directory be opened; the rename itself is still atomic
        }
    }

    private static final class ChannelOutput extends OutputStream {
        private final FileChannel channel;

        ChannelOutput(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
