package org.radwb.viewer.ui;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.radwb.viewer.render.RenderBackend;

/** Shell, fixtures and the real render backend for the viewer UI tests (run under Xvfb). */
final class UiFixtures {

    private UiFixtures() {
    }

    /** A test body that may throw. */
    interface UiBody {
        void run() throws Exception;
    }

    /**
     * Runs a test body on the workbench's UI thread (the tests run in the real workbench on another thread) and
     * rethrows what it throws.
     */
    static void onUi(UiBody body) throws Exception {
        Display display = Display.getDefault();
        Throwable[] failure = new Throwable[1];
        display.syncExec(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        if (failure[0] instanceof Exception e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
    }

    static Shell shell(int width, int height) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return shell;
    }

    /** Spins the event loop until the condition holds (or fails after the timeout). */
    static void waitFor(BooleanSupplier condition, long seconds, String what) {
        Display display = Display.getDefault();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out after " + seconds + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    static Path fixture(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = UiFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /**
     * The VTK backend as the workbench gets it: through declarative services from the VTK bundle, which is started
     * here as the product's configuration would.
     */
    static RenderBackend vtkBackend() throws Exception {
        BundleContext ctx = FrameworkUtil.getBundle(UiFixtures.class).getBundleContext();
        for (Bundle b : ctx.getBundles()) {
            if (b.getSymbolicName().equals("org.apache.felix.scr") || b.getSymbolicName().equals("org.radwb.viewer.vtk")) {
                b.start();
            }
        }
        ServiceTracker<RenderBackend, RenderBackend> tracker = new ServiceTracker<>(ctx, RenderBackend.class, null);
        tracker.open();
        RenderBackend backend = tracker.waitForService(10_000);
        if (backend == null) {
            throw new AssertionError("No RenderBackend service: org.radwb.viewer.vtk or felix.scr is missing from the test runtime");
        }
        if (!backend.status().available()) {
            throw new AssertionError("The viewer UI tests need VTK and a display (xvfb-run -a): " + backend.status().message());
        }
        return backend;
    }
}
