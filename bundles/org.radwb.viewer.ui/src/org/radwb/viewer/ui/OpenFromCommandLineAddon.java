package org.radwb.viewer.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.radwb.ui.session.StartupArguments;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Handles {@code radwb --open <image> [--mask <mask>]}: once the workbench is up, opens a viewer part with them.
 * The arguments come from the app's {@link StartupArguments} (set by the life-cycle from the application arguments).
 */
public final class OpenFromCommandLineAddon {

    @Inject
    private IEventBroker broker;
    @Inject
    private MApplication app;
    @Inject
    private EModelService models;
    @Inject
    @Optional
    private StartupArguments arguments;

    private final EventHandler onStartup = this::startupComplete;

    @PostConstruct
    void subscribe() {
        broker.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, onStartup);
    }

    @PreDestroy
    void unsubscribe() {
        broker.unsubscribe(onStartup);
    }

    private void startupComplete(Event event) {
        broker.unsubscribe(onStartup);
        StartupArguments args = arguments != null ? arguments : StartupArguments.fromPlatform();
        if (args.image() == null) {
            return;
        }
        // EPartService is window-scoped: take the main window's, the application's only as a fallback.
        EPartService parts = app.getSelectedElement() != null && app.getSelectedElement().getContext() != null
                ? app.getSelectedElement().getContext().get(EPartService.class)
                : app.getContext().get(EPartService.class);
        ViewerInput input = new ViewerInput(Path.of(args.image()).toAbsolutePath(),
                args.mask() == null ? null : Path.of(args.mask()).toAbsolutePath(), null);
        ViewerOpener.open(input, parts, models, app);
    }
}
