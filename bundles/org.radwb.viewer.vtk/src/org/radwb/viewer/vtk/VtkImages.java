package org.radwb.viewer.vtk;

import org.radwb.imaging.Geometry;
import org.radwb.imaging.LabelMap;
import org.radwb.imaging.Volume;

import vtk.vtkFloatArray;
import vtk.vtkImageData;
import vtk.vtkIntArray;
import vtk.vtkMatrix4x4;

/**
 * Converts the imaging bundle's volumes into VTK images. VTK 9.1's image mappers ignore an image's direction
 * matrix, so images stay in index space (origin 0, spacing 1) and every actor gets {@link #indexToWorld} as its
 * user matrix: one place applies spacing, direction cosines and origin, exactly as {@link Geometry} defines them.
 */
final class VtkImages {

    private VtkImages() {
    }

    /** The image intensities as a float VTK image in index space (the voxels are copied once). */
    static vtkImageData intensities(Volume v) {
        vtkImageData img = shell(v.geometry());
        vtkFloatArray a = new vtkFloatArray();
        a.SetJavaArray(v.voxels());
        img.GetPointData().SetScalars(a);
        return img;
    }

    /** The labels as an int VTK image in index space. */
    static vtkImageData labels(LabelMap m) {
        vtkImageData img = shell(m.geometry());
        vtkIntArray a = new vtkIntArray();
        a.SetJavaArray(m.labels());
        img.GetPointData().SetScalars(a);
        return img;
    }

    private static vtkImageData shell(Geometry g) {
        vtkImageData img = new vtkImageData();
        img.SetDimensions(g.nx(), g.ny(), g.nz());
        img.SetSpacing(1, 1, 1);
        img.SetOrigin(0, 0, 0);
        return img;
    }

    /** Index (i, j, k) to LPS world mm: {@code origin + D * diag(spacing) * index}. */
    static vtkMatrix4x4 indexToWorld(Geometry g) {
        vtkMatrix4x4 m = new vtkMatrix4x4();
        double[] d = g.direction();
        double[] s = g.spacing();
        double[] o = g.origin();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m.SetElement(r, c, d[r * 3 + c] * s[c]);
            }
            m.SetElement(r, 3, o[r]);
        }
        return m;
    }
}
