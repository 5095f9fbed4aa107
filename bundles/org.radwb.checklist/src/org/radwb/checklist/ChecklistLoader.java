package org.radwb.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ChecklistPackage;

/**
 * Reads and writes checklist files (XMI instances of the checklist model). Works inside and outside OSGi.
 *
 * @since 0.1
 */
public final class ChecklistLoader {

    private ChecklistLoader() {
    }

    /**
     * @param file a checklist file
     * @return the validated checklist
     * @throws ChecklistLoadException when it cannot be read or is not a valid checklist
     */
    public static Checklist load(Path file) throws ChecklistLoadException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new ChecklistLoadException(file.toString(), List.of(new DefinitionProblem("file", "cannot be read: " + e)));
        }
    }

    /**
     * @param in       XMI content
     * @param location where it comes from, used in messages and as the resource URI
     * @return the validated checklist
     * @throws ChecklistLoadException when it is not well-formed XMI, references something undefined or breaks
     *                                the rules of {@link ChecklistDefinitionValidator}
     */
    public static Checklist load(InputStream in, String location) throws ChecklistLoadException {
        Resource resource = newResourceSet().createResource(URI.createURI("checklist:/" + location.replace('\\', '/')));
        List<DefinitionProblem> problems = new ArrayList<>();
        try {
            resource.load(in, Map.of());
        } catch (IOException | RuntimeException e) {
            problems.add(new DefinitionProblem("file", "is not a valid checklist XMI document: " + rootMessage(e)));
        }
        for (Resource.Diagnostic d : resource.getErrors()) {
            problems.add(new DefinitionProblem("line " + d.getLine(), d.getMessage()));
        }
        if (problems.isEmpty()) {
            if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Checklist)) {
                problems.add(new DefinitionProblem("file", "root element must be a single checklist:Checklist"));
            } else {
                Checklist c = (Checklist) resource.getContents().get(0);
                problems.addAll(ChecklistDefinitionValidator.validate(c));
                if (problems.isEmpty()) {
                    return c;
                }
            }
        }
        throw new ChecklistLoadException(location, problems);
    }

    /**
     * Writes a checklist as XMI.
     *
     * @param checklist checklist (detached or in a resource)
     * @param out       target
     * @throws IOException on write failure
     */
    public static void save(Checklist checklist, OutputStream out) throws IOException {
        Resource r = newResourceSet().createResource(URI.createURI("checklist:/out.xmi"));
        r.getContents().add(checklist);
        r.save(out, Map.of());
    }

    private static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        // explicit registrations so the loader also works as a plain jar, without EMF's plugin.xml registries
        rs.getResourceFactoryRegistry().getProtocolToFactoryMap().put("checklist", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(ChecklistPackage.eNS_URI, ChecklistPackage.eINSTANCE);
        return rs;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
