package org.radwb.dicom.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.Tag;
import org.radwb.dicom.rt.RtStructReader;
import org.radwb.dicom.rt.StructureSet;

/**
 * Finds the DICOM objects under a folder and groups them patient → study → series (by Series Instance UID). When
 * the folder holds a DICOMDIR, the files it references are read instead of walking the tree. Only headers are
 * read (pixel data is skipped), in parallel. A file that cannot be read is reported and never stops the scan.
 */
public final class DicomScanner {
    private final int threads;

    public DicomScanner(int threads) {
        this.threads = Math.max(1, threads);
    }

    public DicomScanner() {
        this(2);
    }

    /** Scans {@code root} (a folder, or a single file). */
    public ScanResult scan(Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        boolean dicomdir = false;
        Path dir = Files.isDirectory(root) ? root : root.getParent();
        Path dd = Files.isDirectory(root) ? root.resolve("DICOMDIR")
                : root.getFileName() != null && root.getFileName().toString().equalsIgnoreCase("DICOMDIR") ? root : null;
        if (dd != null && Files.isRegularFile(dd)) {
            files = filesOfDicomdir(dd, problems);
            dicomdir = true;
        } else if (Files.isRegularFile(root)) {
            files = List.of(root);
        } else if (Files.isDirectory(root)) {
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("DICOMDIR"))
                        .sorted().toList();
            }
        } else {
            throw new IOException(root + ": no such file or folder");
        }
        List<Object> headers = readHeaders(files);
        int skipped = 0;
        Map<String, Map<String, Map<String, List<Instance>>>> tree = new LinkedHashMap<>();
        Map<String, String[]> patientInfo = new LinkedHashMap<>();
        Map<String, String[]> studyInfo = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Object h = headers.get(i);
            if (h instanceof DicomException e) {
                if (e.getMessage().contains("not a DICOM file")) {
                    skipped++;
                } else {
                    problems.add(e.getMessage());
                }
                continue;
            }
            DicomFile f = (DicomFile) h;
            DicomObject ds = f.dataset();
            String series = ds.getString(Tag.SeriesInstanceUID);
            String study = ds.getString(Tag.StudyInstanceUID);
            if (series == null || study == null) {
                problems.add(f.name() + ": no " + (series == null ? "Series Instance UID (0020,000E)"
                        : "Study Instance UID (0020,000D)") + "; not part of an image series, skipped");
                continue;
            }
            String pid = ds.getString(Tag.PatientID, "");
            patientInfo.putIfAbsent(pid, new String[] { ds.getString(Tag.PatientName, "") });
            studyInfo.putIfAbsent(study, new String[] { ds.getString(Tag.StudyDate, ""), ds.getString(Tag.StudyDescription, "") });
            tree.computeIfAbsent(pid, k -> new LinkedHashMap<>()).computeIfAbsent(study, k -> new LinkedHashMap<>())
                    .computeIfAbsent(series, k -> new ArrayList<>())
                    .add(new Instance(f.path(), ds.getString(Tag.SOPInstanceUID), ds.getString(Tag.SOPClassUID), f));
        }
        List<PatientEntry> patients = new ArrayList<>();
        for (var pe : tree.entrySet()) {
            List<StudyEntry> studies = new ArrayList<>();
            for (var se : pe.getValue().entrySet()) {
                List<SeriesEntry> series = new ArrayList<>();
                for (var re : se.getValue().entrySet()) {
                    series.add(seriesEntry(re.getKey(), re.getValue(), problems));
                }
                series.sort(Comparator.comparingInt(SeriesEntry::number).thenComparing(SeriesEntry::modality,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
                String[] info = studyInfo.get(se.getKey());
                studies.add(new StudyEntry(se.getKey(), info[0], info[1], series));
            }
            patients.add(new PatientEntry(pe.getKey(), patientInfo.get(pe.getKey())[0], studies));
        }
        return new ScanResult(dir, dicomdir, files.size(), skipped, patients, problems);
    }

    private static SeriesEntry seriesEntry(String uid, List<Instance> inst, List<String> problems) {
        DicomObject first = inst.get(0).header().dataset();
        List<StructureSet> sets = new ArrayList<>();
        String modality = first.getString(Tag.Modality, "");
        if (modality.equals("RTSTRUCT")) {
            for (Instance i : inst) {
                try {
                    StructureSet ss = RtStructReader.read(i.header());
                    sets.add(ss);
                    problems.addAll(ss.problems());
                } catch (DicomException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return new SeriesEntry(uid, modality, first.getString(Tag.SeriesDescription, ""),
                first.getInt(Tag.SeriesNumber, 0), first.getString(Tag.FrameOfReferenceUID),
                first.getInt(Tag.Rows, 0), first.getInt(Tag.Columns, 0), List.copyOf(inst), sets);
    }

    /** Reads headers in parallel; each element is a DicomFile or the DicomException for that file. */
    private List<Object> readHeaders(List<Path> files) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "radwb-dicom-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object>> fs = new ArrayList<>();
            for (Path p : files) {
                fs.add(pool.submit(() -> {
                    try {
                        return (Object) DicomReader.readHeader(p);
                    } catch (DicomException e) {
                        return e;
                    } catch (RuntimeException e) {
                        return new DicomException(p + ": unreadable (" + e + ")", e);
                    }
                }));
            }
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : fs) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("scan interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("scan failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The files a DICOMDIR references (Referenced File ID components are relative to its folder). */
    static List<Path> filesOfDicomdir(Path dicomdir, List<String> problems) throws DicomException {
        DicomObject dd = DicomReader.read(dicomdir).dataset();
        Path base = dicomdir.toAbsolutePath().getParent();
        List<Path> out = new ArrayList<>();
        for (DicomObject rec : dd.getSequence(Tag.DirectoryRecordSequence)) {
            String[] parts = rec.getStrings(Tag.ReferencedFileID);
            if (parts.length == 0) {
                continue;
            }
            Path p = base;
            for (String part : parts) {
                p = p.resolve(part);
            }
            if (!Files.isRegularFile(p)) {
                // media file IDs are upper case; file systems may have lowered them
                Path lower = base;
                for (String part : parts) {
                    lower = lower.resolve(part.toLowerCase(java.util.Locale.ROOT));
                }
                if (Files.isRegularFile(lower)) {
                    p = lower;
                } else {
                    problems.add(dicomdir + ": references " + String.join("/", parts) + " which does not exist");
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }
}
