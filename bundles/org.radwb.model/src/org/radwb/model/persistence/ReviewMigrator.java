package org.radwb.model.persistence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.radwb.model.ReviewPackage;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Brings review files written by older model versions up to the current one, one step per version.
 * <p>
 * Each model version has its own namespace URI; a step rewrites the XML of one version into the next,
 * so the EMF loader only ever sees the current namespace. Files of the current version pass untouched.
 */
public final class ReviewMigrator {

    /** Namespace of model version 1.0 (first public format). */
    public static final String NS_1_0 = "http://www.radwb.org/model/review/1.0";

    private static final Map<String, Step> STEPS = new LinkedHashMap<>();

    static {
        // 1.0 -> 1.1: the reported counts Study.patients/Study.lesions became patientCount/lesionCount
        // when Study.patients became the containment of the study's own cohort.
        STEPS.put(NS_1_0, new Step(ReviewPackage.eNS_URI, doc -> forEachElement(doc, "studies", study -> {
            renameAttribute(study, "patients", "patientCount");
            renameAttribute(study, "lesions", "lesionCount");
        })));
    }

    private ReviewMigrator() {
    }

    private record Step(String target, Consumer<Document> rewrite) {
    }

    /** @return the namespace URI of the model version the file was written with, or null if none is recognisable */
    public static String versionOf(Document document) {
        Element root = document.getDocumentElement();
        NamedNodeMap attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (a.getName().startsWith("xmlns:") && a.getValue().startsWith("http://www.radwb.org/model/review/")) {
                return a.getValue();
            }
        }
        return null;
    }

    /**
     * Returns the bytes of the file in the current model version, migrating if needed.
     *
     * @throws ReviewFormatException if the file is not XML, or was written by an unknown (e.g. newer) version
     */
    public static byte[] migrate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Document doc = parse(file, bytes);
        String version = versionOf(doc);
        if (version == null) {
            throw new ReviewFormatException(file, "not a Radiomics Workbench review: no review model namespace on the root element");
        }
        if (version.equals(ReviewPackage.eNS_URI)) {
            return bytes;
        }
        if (!STEPS.containsKey(version)) {
            throw new ReviewFormatException(file, "written by model version " + version
                    + ", which this workbench does not know (it reads " + NS_1_0 + " to " + ReviewPackage.eNS_URI + ")");
        }
        while (!version.equals(ReviewPackage.eNS_URI)) {
            Step step = STEPS.get(version);
            step.rewrite().accept(doc);
            replaceNamespace(doc.getDocumentElement(), version, step.target());
            version = step.target();
        }
        return serialise(file, doc);
    }

    private static Document parse(Path file, byte[] bytes) throws ReviewFormatException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                return b.parse(in);
            }
        } catch (SAXException e) {
            String where = e instanceof org.xml.sax.SAXParseException p ? "line " + p.getLineNumber() + ": " : "";
            throw new ReviewFormatException(file, where + "not well-formed XML (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException | IOException e) {
            throw new ReviewFormatException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] serialise(Path file, Document doc) throws ReviewFormatException {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new ReviewFormatException(file, "migration failed: " + e.getMessage(), e);
        }
    }

    private static void replaceNamespace(Element root, String from, String to) {
        NamedNodeMap attributes = root.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (a.getValue().equals(from)) {
                a.setValue(to);
            }
        }
    }

    private static void forEachElement(Document doc, String tag, Consumer<Element> action) {
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            action.accept((Element) nodes.item(i));
        }
    }

    private static void renameAttribute(Element e, String from, String to) {
        if (e.hasAttribute(from)) {
            e.setAttribute(to, e.getAttribute(from));
            e.removeAttribute(from);
        }
    }
}
