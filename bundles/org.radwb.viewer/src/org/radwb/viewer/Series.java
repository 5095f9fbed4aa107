package org.radwb.viewer;

import org.radwb.imaging.Volume;

/**
 * One image series of a patient in the scene (e.g. CE-T1W, T2, FLAIR), with its own window. Series are placed by
 * their world geometry, so series with different grids line up without resampling.
 */
public final class Series {

    private final String name;
    private final Volume volume;
    private final IntensityStatistics statistics;
    private WindowLevel windowLevel;
    private WindowLevelPreset preset = WindowLevelPreset.AUTO;

    Series(String name, Volume volume) {
        this.name = name;
        this.volume = volume;
        this.statistics = IntensityStatistics.of(volume.voxels());
        this.windowLevel = statistics.window(WindowLevelPreset.AUTO);
    }

    public String name() {
        return name;
    }

    public Volume volume() {
        return volume;
    }

    public IntensityStatistics statistics() {
        return statistics;
    }

    public WindowLevel windowLevel() {
        return windowLevel;
    }

    public WindowLevelPreset preset() {
        return preset;
    }

    void setWindowLevel(WindowLevel wl) {
        this.windowLevel = wl;
    }

    void applyPreset(WindowLevelPreset p) {
        this.preset = p;
        this.windowLevel = statistics.window(p);
    }

    /** The intensity at the voxel nearest to a world point, or NaN outside the series. */
    public double sample(double[] world) {
        var g = volume.geometry();
        double[] idx = g.worldToIndex(world[0], world[1], world[2]);
        int i = (int) Math.round(idx[0]);
        int j = (int) Math.round(idx[1]);
        int k = (int) Math.round(idx[2]);
        return g.contains(i, j, k) ? volume.get(i, j, k) : Double.NaN;
    }
}
