package org.radwb.dicom.deid;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.radwb.dicom.DicomException;
import org.radwb.dicom.DicomFile;
import org.radwb.dicom.DicomObject;
import org.radwb.dicom.DicomReader;
import org.radwb.dicom.DicomWriter;
import org.radwb.dicom.Tag;
import org.radwb.dicom.TransferSyntax;
import org.radwb.dicom.scan.Instance;
import org.radwb.dicom.scan.PatientEntry;
import org.radwb.dicom.scan.ScanResult;
import org.radwb.dicom.scan.SeriesEntry;
import org.radwb.dicom.scan.StudyEntry;

/**
 * Writes a de-identified copy of every object of a scan as {@code out/<pseudonym>/<study>/<series>/<sop>.dcm}
 * (all names derived from replaced UIDs, so no original identifier reaches a path). Compressed pixel data keeps
 * its transfer syntax; everything else is written as explicit VR little endian. A file that fails is reported
 * and the others continue.
 */
public final class FolderDeidentifier {
    private FolderDeidentifier() {
    }

    /** Result: files written and problems (one per failed file). */
    public record Result(int written, List<String> problems) {
    }

    public static Result run(ScanResult scan, Deidentifier deid, Path out) {
        int written = 0;
        List<String> problems = new ArrayList<>();
        for (PatientEntry p : scan.patients()) {
            for (StudyEntry st : p.studies()) {
                for (SeriesEntry se : st.series()) {
                    for (Instance in : se.instances()) {
                        try {
                            DicomFile f = DicomReader.read(in.path());
                            DicomObject clean = deid.deidentify(f.dataset());
                            TransferSyntax ts = f.transferSyntax();
                            TransferSyntax target = ts != null && ts.encapsulated ? ts
                                    : TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN;
                            if (ts == null && f.dataset().get(Tag.PixelData) != null
                                    && f.dataset().get(Tag.PixelData).isEncapsulated()) {
                                throw TransferSyntax.unsupported(f.transferSyntaxUid(), f.name());
                            }
                            Path file = out.resolve(clean.getString(Tag.PatientID, "ANON"))
                                    .resolve(clean.getString(Tag.StudyInstanceUID, "study"))
                                    .resolve(clean.getString(Tag.SeriesInstanceUID, "series"))
                                    .resolve(clean.getString(Tag.SOPInstanceUID, "instance" + written) + ".dcm");
                            new DicomWriter(target).write(clean, file);
                            written++;
                        } catch (DicomException e) {
                            problems.add(e.getMessage());
                        } catch (IOException e) {
                            problems.add(in.path() + ": cannot write the de-identified copy (" + e.getMessage() + ")");
                        }
                    }
                }
            }
        }
        return new Result(written, problems);
    }
}
