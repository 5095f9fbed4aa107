package org.radwb.report.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.radwb.model.Study;

/**
 * Short study labels in the seed review's style, "Kawahara et al. 2021": first author's surname, "et al." when
 * there are several authors, and the year. Labels that would repeat (two "Karami et al. 2019") get a, b, c in
 * review order, as reference lists do.
 */
final class StudyLabels {

    private final Map<Study, String> labels = new IdentityHashMap<>();

    StudyLabels(List<Study> studies) {
        Map<String, List<Study>> byBase = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Study s : studies) {
            String base = base(s);
            if (!byBase.containsKey(base)) {
                order.add(base);
            }
            byBase.computeIfAbsent(base, k -> new ArrayList<>()).add(s);
        }
        for (String base : order) {
            List<Study> same = byBase.get(base);
            for (int i = 0; i < same.size(); i++) {
                String suffix = i < 26 ? String.valueOf((char) ('a' + i)) : Integer.toString(i + 1);
                // "Karami et al. 2019a" after a year, "Unnamed study b" after a word
                String sep = Character.isDigit(base.charAt(base.length() - 1)) ? "" : " ";
                labels.put(same.get(i), same.size() == 1 ? base : base + sep + suffix);
            }
        }
    }

    String of(Study s) {
        String l = labels.get(s);
        if (l == null) {
            throw new IllegalArgumentException("study " + s.getId() + " is not part of this review");
        }
        return l;
    }

    static String base(Study s) {
        String authors = s.getAuthors();
        String name;
        boolean several = false;
        if (authors == null || authors.isBlank()) {
            name = s.getId() == null || s.getId().isBlank() ? "Unnamed study" : s.getId();
        } else {
            String first = authors.split("[,;]| and ", 2)[0].trim();
            several = !first.equals(authors.trim());
            name = surname(first);
        }
        String year = s.isSetYear() ? " " + s.getYear() : "";
        return name + (several ? " et al." : "") + year;
    }

    /** The last word that is not an initial: "D. Kawahara" and "Kawahara D" both give "Kawahara". */
    static String surname(String author) {
        String[] words = author.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            boolean initial = w.endsWith(".") || w.matches("[A-Z]{1,3}") || w.matches("[A-Z]\\.?-[A-Z]\\.?");
            if (!initial) {
                return w;
            }
        }
        return author;
    }
}
