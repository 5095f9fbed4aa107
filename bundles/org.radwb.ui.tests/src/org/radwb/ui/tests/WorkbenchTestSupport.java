package org.radwb.ui.tests;

import java.util.concurrent.TimeUnit;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Access to the running workbench for tests that run beside it (not on its UI thread). */
final class WorkbenchTestSupport {

    private WorkbenchTestSupport() {
    }

    /** @return the application model, waiting up to 60 s for the workbench to start */
    static MApplication application() throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(WorkbenchTestSupport.class).getBundleContext();
        for (int i = 0; i < 600; i++) {
            ServiceReference<IWorkbench> ref = bc.getServiceReference(IWorkbench.class);
            if (ref != null) {
                return bc.getService(ref).getApplication();
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("the workbench did not start within 60 s");
    }
}
