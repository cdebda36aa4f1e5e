package dev.camelrtc.support.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The CamelContexts of one test, each with the component under test: register it with {@code @RegisterExtension}
 * and every context it started is stopped after the test.
 */
public final class CamelContexts implements AfterEachCallback {

    private final List<CamelContext> started = new CopyOnWriteArrayList<>();

    /** A started CamelContext with the component under its scheme and the routes (null: none). */
    public CamelContext start(String scheme, Component component, RoutesBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent(scheme, component);
        if (routes != null) {
            context.addRoutes(routes);
        }
        started.add(context);
        context.start();
        return context;
    }

    /** Stops every context started so far (also done after each test). */
    public void stopAll() {
        started.forEach(CamelContext::stop);
        started.clear();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        stopAll();
    }
}
