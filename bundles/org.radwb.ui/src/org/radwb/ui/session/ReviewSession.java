package org.radwb.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EventObject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.radwb.example.ExampleReview;
import org.radwb.model.Review;
import org.radwb.model.ReviewFactory;
import org.radwb.model.persistence.ReviewStore;
import org.radwb.model.provider.ReviewItemProviderAdapterFactory;

/**
 * The review open in the workbench: its folder, its model and the editing domain whose command stack
 * carries every edit (so undo and redo are real). One per workbench, in the application context.
 * Changes are announced on the event broker under {@link #TOPIC_REVIEW} (opened/closed) and
 * {@link #TOPIC_DIRTY} (command stack or save).
 */
public final class ReviewSession {

    /** Topic sent when a review is opened or closed. */
    public static final String TOPIC_REVIEW = "org/radwb/ui/session/review";
    /** Topic sent after every command and every save. */
    public static final String TOPIC_DIRTY = "org/radwb/ui/session/dirty";

    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private Review review;
    private Path folder;
    private IEventBroker broker;

    public ReviewSession() {
        adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReviewItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
        stack.addCommandStackListener(new CommandStackListener() {
            @Override
            public void commandStackChanged(EventObject event) {
                post(TOPIC_DIRTY);
            }
        });
    }

    /** Connects the session to the workbench's event broker. */
    public void attach(IEclipseContext context) {
        broker = context.get(IEventBroker.class);
    }

    /** @return the open review, or null */
    public Review review() {
        return review;
    }

    /** @return the folder of the open review, or null */
    public Path folder() {
        return folder;
    }

    /** @return the editing domain: every edit goes through its command stack */
    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    /** @return the item-provider adapter factory for labels and children */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** @return the command stack of the editing domain */
    public CommandStack commandStack() {
        return domain.getCommandStack();
    }

    /** @return true if the review has edits not yet saved */
    public boolean isDirty() {
        return review != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** Opens the review of a folder (replacing the current one, which the caller has saved or discarded). */
    public void open(Path reviewFolder) throws IOException {
        closeQuietly();
        Review loaded = ReviewStore.load(reviewFolder, domain.getResourceSet());
        review = loaded;
        folder = reviewFolder;
        post(TOPIC_REVIEW);
    }

    /** Creates a new, empty review in a folder that holds none, saves it and opens it. */
    public void create(Path reviewFolder, String title) throws IOException {
        if (ReviewStore.isReview(reviewFolder)) {
            throw new IOException(reviewFolder + " already holds a review; open it instead");
        }
        Review r = ReviewFactory.eINSTANCE.createReview();
        r.setTitle(title);
        ReviewStore.save(r, reviewFolder);
        open(reviewFolder);
    }

    /**
     * Opens the bundled example review, writing it first to {@code ~/RadiomicsWorkbench/example-review}
     * (or the given folder) if it is not there yet, so that it can be edited and saved like any review.
     */
    public void openExample(Path exampleFolder) throws IOException {
        if (!ReviewStore.isReview(exampleFolder)) {
            Files.createDirectories(exampleFolder);
            ExampleReview.writeTo(exampleFolder);
        }
        open(exampleFolder);
    }

    /** @return where the example review is written by default */
    public static Path defaultExampleFolder() {
        String home = System.getProperty("radwb.home", System.getProperty("user.home") + "/RadiomicsWorkbench");
        return Path.of(home, "example-review");
    }

    /** Saves the review atomically. */
    public void save() throws IOException {
        if (review == null) {
            return;
        }
        ReviewStore.save(review, folder);
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
        post(TOPIC_DIRTY);
    }

    /** Closes the review, discarding unsaved edits (the caller asks the user first). */
    public void close() {
        closeQuietly();
        post(TOPIC_REVIEW);
    }

    private void closeQuietly() {
        domain.getCommandStack().flush();
        domain.getResourceSet().getResources().forEach(r -> r.unload());
        domain.getResourceSet().getResources().clear();
        review = null;
        folder = null;
    }

    private void post(String topic) {
        if (broker != null) {
            broker.send(topic, this);
        }
    }
}
