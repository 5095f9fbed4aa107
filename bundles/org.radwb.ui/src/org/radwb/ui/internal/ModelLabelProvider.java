package org.radwb.ui.internal;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons from EMF item providers; images are created once and disposed with the provider. */
public final class ModelLabelProvider extends LabelProvider {

    private final AdapterFactory factory;
    private final Map<Object, Image> images = new HashMap<>();

    public ModelLabelProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof org.radwb.model.PrismaFlow f) {
            return "PRISMA 2020 flow" + (f.isSetStudiesIncluded() ? " (" + f.getStudiesIncluded() + " studies included)" : "");
        }
        if (element instanceof org.radwb.model.Review r && r.getTitle() != null && !r.getTitle().isBlank()) {
            String t = r.getTitle();
            return "Review: " + (t.length() > 60 ? t.substring(0, 57) + "…" : t);
        }
        IItemLabelProvider p = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        return p == null ? String.valueOf(element) : p.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider p = (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
        Object image = p == null ? null : p.getImage(element);
        if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
            image = composed.getImages().get(0);
        }
        if (!(image instanceof URL url)) {
            return null;
        }
        return images.computeIfAbsent(url.toString(), k -> ImageDescriptor.createFromURL(url).createImage(false));
    }

    @Override
    public void dispose() {
        images.values().forEach(i -> {
            if (i != null) {
                i.dispose();
            }
        });
        images.clear();
        super.dispose();
    }
}
