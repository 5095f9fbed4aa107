package org.radwb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helper: parses SVG / polyglot HTML with the JDK's XML parser (no network, no DTDs) and finds elements. */
public final class XmlRead {

    private XmlRead() {
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** All elements in document order. */
    public static List<Element> elements(Document doc) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    /** The unique element with attribute id = {@code id}. */
    public static Element byId(Document doc, String id) {
        Element found = null;
        int n = 0;
        for (Element e : elements(doc)) {
            if (id.equals(e.getAttribute("id"))) {
                found = e;
                n++;
            }
        }
        assertNotNull(found, "no element with id " + id);
        assertEquals(1, n, "id " + id + " is not unique");
        return found;
    }

    /** Elements with the given local name. */
    public static List<Element> byName(Element root, String localName) {
        NodeList l = root.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** The text of all {@code <text>} descendants joined by single spaces (wrapped lines become one string). */
    public static String svgText(Element root) {
        StringBuilder sb = new StringBuilder();
        for (Element t : byName(root, "text")) {
            sb.append(sb.length() == 0 ? "" : " ").append(t.getTextContent().replace('\u00a0', ' '));
        }
        return sb.toString();
    }
}
