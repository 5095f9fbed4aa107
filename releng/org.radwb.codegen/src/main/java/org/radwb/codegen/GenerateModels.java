package org.radwb.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model (and, where the genmodel names an edit plug-in, the edit) code of every
 * {@code bundles/*}/model/*.genmodel} without an Eclipse workspace.
 * <p>
 * Each bundle folder is mapped as {@code platform:/resource/<folder>/}. A genmodel without generator
 * packages is initialised from its {@code foreignModel} .ecore first and saved, so a new model needs only
 * an .ecore and a minimal .genmodel. Usage: {@code GenerateModels <repository root> [bundle ...]}.
 */
public final class GenerateModels {

    private GenerateModels() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        List<Path> genmodels = new ArrayList<>();
        for (String container : List.of("bundles", "examples")) {
            Path dir = root.resolve(container);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> bundles = Files.list(dir)) {
                for (Path bundle : (Iterable<Path>) bundles.sorted()::iterator) {
                    if (!Files.isDirectory(bundle)) {
                        continue;
                    }
                    EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(),
                            URI.createFileURI(bundle.toString() + "/"));
                    Path model = bundle.resolve("model");
                    if (Files.isDirectory(model) && (only.isEmpty() || only.contains(bundle.getFileName().toString()))) {
                        try (Stream<Path> files = Files.list(model)) {
                            files.filter(f -> f.toString().endsWith(".genmodel")).sorted().forEach(genmodels::add);
                        }
                    }
                }
            }
        }
        int failures = 0;
        for (Path genmodel : genmodels) {
            failures += generate(root, genmodel) ? 0 : 1;
        }
        if (failures > 0) {
            System.err.println(failures + " genmodel(s) failed");
            System.exit(1);
        }
    }

    private static boolean generate(Path root, Path genmodelPath) throws IOException {
        String bundle = genmodelPath.getParent().getParent().getFileName().toString();
        URI uri = URI.createPlatformResourceURI(bundle + "/model/" + genmodelPath.getFileName(), true);
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
        Resource resource = resourceSet.getResource(uri, true);
        GenModel stored = (GenModel) resource.getContents().get(0);
        GenModel genModel = refresh(stored, resourceSet, bundle);
        resource.getContents().set(0, genModel);
        resource.save(Collections.emptyMap());
        genModel.setCanGenerate(true);
        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println(genmodelPath + ": " + valid);
            return false;
        }
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            System.err.println(genmodelPath + ": model: " + result);
            return false;
        }
        if (genModel.getEditDirectory() != null && !genModel.getEditDirectory().isBlank()
                && genModel.getEditPluginID() != null && !genModel.getEditPluginID().equals(genModel.getModelPluginID())) {
            result = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                System.err.println(genmodelPath + ": edit: " + result);
                return false;
            }
        }
        System.out.println("generated " + root.relativize(genmodelPath));
        return true;
    }

    /**
     * Builds the genmodel anew from its .ecore files (so added or renamed classes, features and literals are
     * picked up) and carries the stored generator settings over, as EMF's importer does on "reload".
     */
    private static GenModel refresh(GenModel stored, ResourceSet resourceSet, String bundle) {
        List<EPackage> packages = new ArrayList<>();
        for (String foreign : stored.getForeignModel()) {
            URI ecore = URI.createPlatformResourceURI(bundle + "/model/" + foreign, true);
            Resource r = resourceSet.getResource(ecore, true);
            r.getContents().stream().filter(EPackage.class::isInstance).map(EPackage.class::cast).forEach(packages::add);
        }
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        fresh.initialize(packages);
        fresh.getForeignModel().addAll(stored.getForeignModel());
        for (var attribute : stored.eClass().getEAllAttributes()) {
            if (stored.eIsSet(attribute) && !attribute.isMany() && attribute.isChangeable()) {
                fresh.eSet(attribute, stored.eGet(attribute));
            }
        }
        if (stored.getGenPackages().isEmpty()) {
            String basePackage = stored.getModelPluginID();
            for (GenPackage p : fresh.getGenPackages()) {
                p.setPrefix(stored.getModelName() != null ? stored.getModelName() : p.getEcorePackage().getName());
                p.setBasePackage(basePackage.substring(0, basePackage.lastIndexOf('.')));
            }
        } else {
            fresh.reconcile(stored);
        }
        return fresh;
    }
}
