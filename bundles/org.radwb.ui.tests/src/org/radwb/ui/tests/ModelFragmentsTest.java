package org.radwb.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.junit.jupiter.api.Test;

/**
 * Every contributed model fragment loads without error and every element it contributes is in the running
 * application: a fragment that fails to load is otherwise only noticed as missing menus and parts.
 */
class ModelFragmentsTest {

    @Test
    void everyFragmentLoadsAndIsMergedIntoTheApplication() throws Exception {
        var app = WorkbenchTestSupport.application();
        EModelService models = app.getContext().get(EModelService.class);
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        List<String> problems = new ArrayList<>();
        int fragments = 0;
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.e4.workbench.model")) {
            if (!"fragment".equals(e.getName())) {
                continue;
            }
            String bundle = e.getContributor().getName();
            if (!bundle.startsWith("org.radwb")) {
                continue;
            }
            fragments++;
            URI uri = URI.createPlatformPluginURI(bundle + "/" + e.getAttribute("uri"), true);
            Resource r;
            try {
                r = set.getResource(uri, true);
            } catch (RuntimeException ex) {
                problems.add(uri + ": " + ex.getMessage());
                continue;
            }
            r.getErrors().forEach(d -> problems.add(uri + ": " + d.getMessage()));
            for (MModelFragment f : ((MModelFragments) r.getContents().get(0)).getFragments()) {
                for (MApplicationElement el : f.getElements()) {
                    if (el.getElementId() != null && models.findElements(app, el.getElementId(), MApplicationElement.class, null,
                            EModelService.ANYWHERE | EModelService.IN_MAIN_MENU | EModelService.IN_PART).isEmpty()) {
                        boolean descriptor = app.getDescriptors().stream().anyMatch(d -> el.getElementId().equals(d.getElementId()));
                        boolean command = app.getCommands().stream().anyMatch(c -> el.getElementId().equals(c.getElementId()));
                        boolean handler = app.getHandlers().stream().anyMatch(h -> el.getElementId().equals(h.getElementId()));
                        boolean addon = app.getAddons().stream().anyMatch(a -> el.getElementId().equals(a.getElementId()));
                        boolean bindings = app.getBindingTables().stream().anyMatch(b -> el.getElementId().equals(b.getElementId()));
                        if (!(descriptor || command || handler || addon || bindings)) {
                            problems.add(bundle + ": element " + el.getElementId() + " is not in the running application");
                        }
                    }
                }
            }
        }
        assertTrue(fragments >= 1, "at least the core UI fragment is contributed");
        assertEquals(List.of(), problems);
        assertFalse(app.getCommands().isEmpty());
    }
}
