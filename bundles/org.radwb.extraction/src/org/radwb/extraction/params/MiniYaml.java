package org.radwb.extraction.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small YAML reader for parameter files (no dependency): block mappings and sequences by indentation, flow
 * collections ({@code [a, b]}, {@code {k: v}}), comments, quoted and plain scalars (int, float, bool, null). JSON is
 * read as YAML flow style. Anchors, tags, multi-document streams and block scalars are rejected with a clear error.
 * Values: {@link Map} (insertion order), {@link List}, {@link String}, {@link Long}, {@link Double}, {@link Boolean}, null.
 */
public final class MiniYaml {

    /** A syntax error with its line number. */
    public static final class YamlException extends Exception {
        private static final long serialVersionUID = 1L;

        YamlException(String source, int line, String msg) {
            super(source + ": line " + line + ": " + msg);
        }
    }

    private record Line(int no, int indent, String text) {
    }

    private final String source;
    private final List<Line> lines = new ArrayList<>();
    private int pos;

    private MiniYaml(String source, String text) {
        this.source = source;
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String l = stripComment(raw[i]);
            if (l.isBlank() || l.strip().equals("---")) {
                continue;
            }
            int ind = 0;
            while (ind < l.length() && l.charAt(ind) == ' ') {
                ind++;
            }
            int no = i + 1;
            // a flow collection may continue on the following lines: join until its brackets balance
            while (depth(l) > 0 && i + 1 < raw.length) {
                l = l + " " + stripComment(raw[++i]).strip();
            }
            lines.add(new Line(no, ind, l.strip()));
        }
    }

    /** Open minus closed brackets outside quotes. */
    private static int depth(String l) {
        int d = 0;
        boolean sq = false, dq = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\'' && !dq) {
                sq = !sq;
            } else if (c == '"' && !sq) {
                dq = !dq;
            } else if (!sq && !dq && (c == '[' || c == '{')) {
                d++;
            } else if (!sq && !dq && (c == ']' || c == '}')) {
                d--;
            }
        }
        return d;
    }

    /** Parses a document; {@code source} names the file in error messages. */
    public static Object parse(String source, String text) throws YamlException {
        MiniYaml y = new MiniYaml(source, text);
        if (y.lines.isEmpty()) {
            return new LinkedHashMap<String, Object>();
        }
        Line first = y.lines.get(0);
        if (first.text.startsWith("{") || first.text.startsWith("[")) {
            StringBuilder all = new StringBuilder();
            for (Line l : y.lines) {
                all.append(l.text).append(' ');
            }
            Flow f = y.new Flow(all.toString(), first.no);
            Object v = f.value();
            f.skipWs();
            if (f.i < f.s.length()) {
                throw new YamlException(source, first.no, "unexpected text after the document: '" + f.s.substring(f.i).strip() + "'");
            }
            return v;
        }
        Object v = y.block(first.indent);
        if (y.pos < y.lines.size()) {
            Line l = y.lines.get(y.pos);
            throw new YamlException(source, l.no, "unexpected indentation");
        }
        return v;
    }

    private static String stripComment(String l) {
        boolean sq = false, dq = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '\'' && !dq) {
                sq = !sq;
            } else if (c == '"' && !sq) {
                dq = !dq;
            } else if (c == '#' && !sq && !dq && (i == 0 || Character.isWhitespace(l.charAt(i - 1)))) {
                return l.substring(0, i);
            }
        }
        return l;
    }

    private Object block(int indent) throws YamlException {
        Line l = lines.get(pos);
        if (l.text.startsWith("- ") || l.text.equals("-")) {
            return sequence(indent);
        }
        return mapping(indent);
    }

    private List<Object> sequence(int indent) throws YamlException {
        List<Object> out = new ArrayList<>();
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.indent < indent) {
                break;
            }
            if (l.indent > indent || !(l.text.startsWith("- ") || l.text.equals("-"))) {
                throw new YamlException(source, l.no, "expected a '- ' sequence item at indentation " + indent);
            }
            String rest = l.text.equals("-") ? "" : l.text.substring(2).strip();
            if (rest.isEmpty()) {
                pos++;
                out.add(pos < lines.size() && lines.get(pos).indent > indent ? block(lines.get(pos).indent) : null);
            } else if (keyColon(rest) > 0 && !rest.startsWith("{") && !rest.startsWith("[") && !rest.startsWith("\"") && !rest.startsWith("'")) {
                // "- key: value" starts a mapping whose further keys are indented like "key"
                int inner = indent + 2 + (l.text.substring(2).length() - l.text.substring(2).stripLeading().length());
                lines.set(pos, new Line(l.no, inner, rest));
                out.add(mapping(inner));
            } else {
                out.add(scalarOrFlow(rest, l.no));
                pos++;
            }
        }
        return out;
    }

    private Map<String, Object> mapping(int indent) throws YamlException {
        Map<String, Object> out = new LinkedHashMap<>();
        while (pos < lines.size()) {
            Line l = lines.get(pos);
            if (l.indent < indent) {
                break;
            }
            if (l.indent > indent) {
                throw new YamlException(source, l.no, "unexpected indentation (expected " + indent + " spaces)");
            }
            int c = keyColon(l.text);
            if (c <= 0) {
                throw new YamlException(source, l.no, "expected 'key: value', found '" + l.text + "'");
            }
            String key = unquote(l.text.substring(0, c).strip());
            String rest = l.text.substring(c + 1).strip();
            if (out.containsKey(key)) {
                throw new YamlException(source, l.no, "duplicate key '" + key + "'");
            }
            pos++;
            if (rest.isEmpty()) {
                if (pos < lines.size() && lines.get(pos).indent > indent) {
                    out.put(key, block(lines.get(pos).indent));
                } else if (pos < lines.size() && lines.get(pos).indent == indent && lines.get(pos).text.startsWith("- ")) {
                    out.put(key, sequence(indent)); // sequences may sit at the key's indentation
                } else {
                    out.put(key, null);
                }
            } else {
                out.put(key, scalarOrFlow(rest, l.no));
            }
        }
        return out;
    }

    /** Index of the ':' ending a mapping key (followed by space or end), outside quotes; -1 if none. */
    private static int keyColon(String t) {
        boolean sq = false, dq = false;
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' && !dq) {
                sq = !sq;
            } else if (c == '"' && !sq) {
                dq = !dq;
            } else if (!sq && !dq) {
                if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    depth--;
                } else if (c == ':' && depth == 0 && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
                    return i;
                }
            }
        }
        return -1;
    }

    private Object scalarOrFlow(String s, int no) throws YamlException {
        if (s.startsWith("&") || s.startsWith("*") || s.startsWith("!") || s.startsWith("|") || s.startsWith(">")) {
            throw new YamlException(source, no, "anchors, aliases, tags and block scalars are not supported: '" + s + "'");
        }
        if (s.startsWith("[") || s.startsWith("{")) {
            Flow f = new Flow(s, no);
            Object v = f.value();
            f.skipWs();
            if (f.i < s.length()) {
                throw new YamlException(source, no, "unexpected text after '" + s.substring(0, f.i) + "'");
            }
            return v;
        }
        return scalar(s, no);
    }

    private Object scalar(String s, int no) throws YamlException {
        if (s.startsWith("\"") || s.startsWith("'")) {
            if (s.length() < 2 || s.charAt(s.length() - 1) != s.charAt(0)) {
                throw new YamlException(source, no, "unterminated quoted string " + s);
            }
            return unquote(s);
        }
        switch (s) {
        case "null":
        case "Null":
        case "NULL":
        case "~":
            return null;
        case "true":
        case "True":
        case "TRUE":
            return Boolean.TRUE;
        case "false":
        case "False":
        case "FALSE":
            return Boolean.FALSE;
        default:
        }
        if (s.matches("[-+]?[0-9]+")) {
            return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
        }
        if (s.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
            return Double.parseDouble(s);
        }
        if (s.equals(".inf") || s.equals("+.inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (s.equals("-.inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        return s;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            String in = s.substring(1, s.length() - 1);
            return s.startsWith("'") ? in.replace("''", "'") : in.replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }

    /** Recursive-descent parser for flow collections (and JSON). */
    private final class Flow {
        final String s;
        final int no;
        int i;

        Flow(String s, int no) {
            this.s = s;
            this.no = no;
        }

        void skipWs() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        Object value() throws YamlException {
            skipWs();
            if (i >= s.length()) {
                throw new YamlException(source, no, "unexpected end of a flow collection");
            }
            char c = s.charAt(i);
            if (c == '[') {
                i++;
                List<Object> out = new ArrayList<>();
                skipWs();
                if (i < s.length() && s.charAt(i) == ']') {
                    i++;
                    return out;
                }
                while (true) {
                    out.add(value());
                    skipWs();
                    if (i < s.length() && s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    if (i < s.length() && s.charAt(i) == ']') {
                        i++;
                        return out;
                    }
                    throw new YamlException(source, no, "expected ',' or ']' at '" + rest() + "'");
                }
            }
            if (c == '{') {
                i++;
                Map<String, Object> out = new LinkedHashMap<>();
                skipWs();
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                    return out;
                }
                while (true) {
                    skipWs();
                    Object k = atom(true);
                    skipWs();
                    if (i >= s.length() || s.charAt(i) != ':') {
                        throw new YamlException(source, no, "expected ':' after key '" + k + "'");
                    }
                    i++;
                    out.put(String.valueOf(k), value());
                    skipWs();
                    if (i < s.length() && s.charAt(i) == ',') {
                        i++;
                        continue;
                    }
                    if (i < s.length() && s.charAt(i) == '}') {
                        i++;
                        return out;
                    }
                    throw new YamlException(source, no, "expected ',' or '}' at '" + rest() + "'");
                }
            }
            return atom(false);
        }

        private String rest() {
            return s.substring(i, Math.min(s.length(), i + 20));
        }

        Object atom(boolean key) throws YamlException {
            skipWs();
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder b = new StringBuilder();
                while (j < s.length() && s.charAt(j) != c) {
                    if (c == '"' && s.charAt(j) == '\\' && j + 1 < s.length()) {
                        j++;
                    }
                    b.append(s.charAt(j++));
                }
                if (j >= s.length()) {
                    throw new YamlException(source, no, "unterminated string");
                }
                i = j + 1;
                return b.toString();
            }
            int j = i;
            while (j < s.length() && ",]}".indexOf(s.charAt(j)) < 0 && !(key && s.charAt(j) == ':')) {
                j++;
            }
            String t = s.substring(i, j).strip();
            i = j;
            return key ? t : scalar(t, no);
        }
    }
}
