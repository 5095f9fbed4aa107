package org.radwb.viewer.vtk;

import org.radwb.viewer.Scene;
import org.radwb.viewer.render.BackendStatus;
import org.radwb.viewer.render.RenderBackend;
import org.radwb.viewer.render.View3D;
import org.radwb.vtk.VtkRuntime;
import org.radwb.vtk.VtkStatus;

/**
 * The VTK implementation of the viewer's {@link RenderBackend}, registered as an OSGi service by declarative
 * services (OSGI-INF/vtk-backend.xml) and usable directly outside OSGi (the bench, tests).
 */
public final class VtkRenderBackend implements RenderBackend {

    @Override
    public String name() {
        return "VTK 9.1 (offscreen OpenGL, Debian libvtk9-java)";
    }

    @Override
    public BackendStatus status() {
        VtkStatus s = VtkRuntime.load();
        if (!s.available()) {
            return BackendStatus.unavailable(s.message());
        }
        if (!VtkRuntime.hasDisplay()) {
            return BackendStatus.unavailable(VtkRuntime.noDisplayMessage());
        }
        return BackendStatus.ok();
    }

    @Override
    public View3D create3DView(Scene scene, int width, int height) {
        BackendStatus s = status();
        if (!s.available()) {
            throw new IllegalStateException(s.message());
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("3D view size must be at least 1x1, got " + width + "x" + height);
        }
        return new VtkView3D(scene, width, height);
    }
}
