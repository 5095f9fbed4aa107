package org.radwb.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * One column of a CSV table: its header and how a cell reads into and writes out of a model object.
 * An empty cell always means "not reported" (the attribute stays unset).
 *
 * @param <T> the model class a row holds
 */
public abstract class CsvCell<T extends EObject> {

    /** Separator of multi-valued cells (e.g. {@code CE-T1W;T2W}); a literal ';' in a value is written as {@code \;}. */
    public static final char LIST_SEPARATOR = ';';

    private final String header;

    protected CsvCell(String header) {
        this.header = header;
    }

    /** @return the column header */
    public String header() {
        return header;
    }

    /** @return the text of this cell for the object, "" when not reported */
    public abstract String read(T object);

    /**
     * Sets the object's value from the cell text (never called with empty text).
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    public abstract void write(T object, String text);

    /** Sets the object's value to "not reported". */
    public abstract void clear(T object);

    /**
     * @return true if this column shows the given feature of the given object (used to put a validation
     *         problem next to the field it concerns)
     */
    public abstract boolean concerns(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature);

    /** @return the allowed values of a closed choice (enumerations), or an empty list for free input */
    public List<String> choices() {
        return List.of();
    }

    /** @return true if the cell holds free text (neutralised against spreadsheet formulas on export) */
    public boolean isText() {
        return false;
    }

    /** A cell bound to one attribute of the row's class. */
    public static <T extends EObject> CsvCell<T> of(String header, EAttribute attribute) {
        return new AttributeCell<>(header, attribute);
    }

    static String formatNumber(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static double parseNumber(String text, String expected) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(expected);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected);
        }
    }

    static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == LIST_SEPARATOR) {
                b.append(LIST_SEPARATOR);
                i++;
            } else if (c == LIST_SEPARATOR) {
                out.add(b.toString().trim());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString().trim());
        out.removeIf(String::isEmpty);
        return out;
    }

    static String joinList(List<?> values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            if (b.length() > 0) {
                b.append(LIST_SEPARATOR);
            }
            String s = v instanceof Double d ? formatNumber(d) : String.valueOf(v);
            b.append(s.replace(String.valueOf(LIST_SEPARATOR), "\\" + LIST_SEPARATOR));
        }
        return b.toString();
    }

    private static final class AttributeCell<T extends EObject> extends CsvCell<T> {
        private final EAttribute attribute;

        AttributeCell(String header, EAttribute attribute) {
            super(header);
            this.attribute = attribute;
        }

        @Override
        public boolean isText() {
            return attribute.getEType() == EcorePackage.Literals.ESTRING;
        }

        @Override
        public void clear(T o) {
            o.eUnset(attribute);
        }

        @Override
        public boolean concerns(EObject o, org.eclipse.emf.ecore.EStructuralFeature f) {
            return f == attribute && attribute.getEContainingClass().isInstance(o);
        }

        @Override
        public List<String> choices() {
            if (attribute.getEType() instanceof EEnum e) {
                List<String> out = new ArrayList<>();
                e.getELiterals().forEach(l -> out.add(l.getLiteral()));
                return out;
            }
            return List.of();
        }

        @Override
        public String read(T o) {
            if (!o.eIsSet(attribute)) {
                return "";
            }
            Object v = o.eGet(attribute);
            if (attribute.isMany()) {
                return joinList((List<?>) v);
            }
            EClassifier type = attribute.getEType();
            if (type instanceof EEnum) {
                return ((org.eclipse.emf.common.util.Enumerator) v).getLiteral();
            }
            if (v instanceof Double d) {
                return formatNumber(d);
            }
            if (v instanceof Boolean b) {
                return b ? "yes" : "no";
            }
            return v == null ? "" : v.toString();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void write(T o, String text) {
            if (attribute.isMany()) {
                List<Object> values = (List<Object>) o.eGet(attribute);
                values.clear();
                for (String item : splitList(text)) {
                    values.add(parseSingle(item));
                }
            } else {
                o.eSet(attribute, parseSingle(text));
            }
        }

        private Object parseSingle(String text) {
            EClassifier type = attribute.getEType();
            if (type instanceof EEnum e) {
                EEnumLiteral literal = e.getEEnumLiteralByLiteral(text.trim().toLowerCase(Locale.ROOT));
                if (literal == null) {
                    List<String> allowed = new ArrayList<>();
                    e.getELiterals().forEach(l -> allowed.add(l.getLiteral()));
                    throw new IllegalArgumentException("one of " + String.join(", ", allowed) + " (or empty for not reported)");
                }
                return literal.getInstance();
            }
            if (type == EcorePackage.Literals.EINT) {
                try {
                    return Integer.valueOf(text.trim());
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("a whole number (or empty for not reported)");
                }
            }
            if (type == EcorePackage.Literals.EDOUBLE) {
                return parseNumber(text, "a number such as 0.85 (or empty for not reported)");
            }
            if (type == EcorePackage.Literals.EBOOLEAN) {
                return switch (text.trim().toLowerCase(Locale.ROOT)) {
                    case "yes", "true", "1", "y" -> Boolean.TRUE;
                    case "no", "false", "0", "n" -> Boolean.FALSE;
                    default -> throw new IllegalArgumentException("yes or no (or empty for not reported)");
                };
            }
            return text;
        }
    }
}
