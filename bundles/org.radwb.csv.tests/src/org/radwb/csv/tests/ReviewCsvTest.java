package org.radwb.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.radwb.csv.CsvImportException;
import org.radwb.csv.ReviewCsv;
import org.radwb.model.Review;
import org.radwb.model.ScreeningStage;

class ReviewCsvTest {

    private static final Path FILE = Path.of("review.csv");

    @Test
    void readsPicoSearchPrismaAndReviewers() throws IOException {
        Review r = ReviewCsv.read(FILE, "key,value\ntitle,T\npopulation,P\nrecords.Scopus,174\nrecords.PubMed,24\n"
                + "search.PubMed,radiomics AND radiosurgery\nduplicatesRemoved,16\nexcluded.title,130\n"
                + "excludedReason.title,off topic\nstudiesIncluded,17\nreviewer.2,B\nreviewer.1,A\nnote.x,y\n");
        assertEquals("T", r.getTitle());
        assertEquals(2, r.getSearches().size());
        assertEquals("radiomics AND radiosurgery", r.getSearches().get(1).getSearchString());
        assertEquals(16, r.getPrisma().getDuplicatesRemoved());
        assertEquals(ScreeningStage.TITLE, r.getPrisma().getExclusions().get(0).getStage());
        assertEquals(130, r.getPrisma().getExclusions().get(0).getCount());
        assertEquals("A", r.getReviewers().get(0).getName());
        assertEquals("x: y", r.getNotes());
    }

    @Test
    void unknownKeysAndBadCountsAreRefusedWithTheirLine() {
        CsvImportException e = assertThrows(CsvImportException.class,
                () -> ReviewCsv.read(FILE, "key,value\ntitle,T\ncolour,blue\nduplicatesRemoved,-3\nexcluded.later,2\n"));
        assertEquals(3, e.getProblems().size(), e.getMessage());
        assertEquals(3, e.getProblems().get(0).line());
        assertTrue(e.getProblems().get(1).expected().contains("0 or more"), e.getMessage());
        assertTrue(e.getProblems().get(2).expected().contains("title, abstract, fulltext"), e.getMessage());
    }
}
