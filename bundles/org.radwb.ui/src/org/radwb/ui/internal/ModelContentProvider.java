package org.radwb.ui.internal;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Tree content from EMF item providers (what emf.edit.ui would provide; that bundle is not on Maven Central). */
public final class ModelContentProvider implements ITreeContentProvider {

    private final AdapterFactory factory;

    public ModelContentProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    private ITreeItemContentProvider provider(Object o) {
        return (ITreeItemContentProvider) factory.adapt(o, ITreeItemContentProvider.class);
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Object[] array) {
            return array;
        }
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider p = provider(parent);
        if (p == null) {
            return new Object[0];
        }
        Collection<?> children = p.getChildren(parent);
        return children.toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider p = provider(element);
        return p == null ? null : p.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider p = provider(element);
        return p != null && p.hasChildren(element);
    }
}
