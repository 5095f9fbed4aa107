package org.radwb.viewer.ui.internal;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.radwb.viewer.render.RenderBackend;

/**
 * Finds the 3D render backend among the OSGi services. The UI never names the VTK bundle: when it is absent (or
 * VTK is not installed) the lookup is empty and the viewer shows what to install.
 */
public final class RenderBackends {

    private RenderBackends() {
    }

    /** The registered backend, if any. */
    public static Optional<RenderBackend> find() {
        Bundle bundle = FrameworkUtil.getBundle(RenderBackends.class);
        BundleContext ctx = bundle == null ? null : bundle.getBundleContext();
        if (ctx == null) {
            return Optional.empty();
        }
        ServiceReference<RenderBackend> ref = ctx.getServiceReference(RenderBackend.class);
        return ref == null ? Optional.empty() : Optional.ofNullable(ctx.getService(ref));
    }
}
