package dev.camelrtc.support.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The CamelContexts of one test, each with the component under test: register it with {@code @RegisterExtension}
 * and every context it started is stopped after the test.
 */
public final class CamelContexts implements BeforeEachCallback, AfterEachCallback {

    private final List<CamelContext> started = new CopyOnWriteArrayList<>();
    private final String eachScheme;
    private final Supplier<? extends Component> eachComponent;
    private final RoutesBuilder eachRoutes;
    private CamelContext context;
    private ProducerTemplate template;

    public CamelContexts() {
        this(null, null, null);
    }

    private CamelContexts(String scheme, Supplier<? extends Component> component, RoutesBuilder routes) {
        this.eachScheme = scheme;
        this.eachComponent = component;
        this.eachRoutes = routes;
    }

    /**
     * Contexts that also start one before each test, with the component {@code component} makes then and the routes
     * (null: none): {@link #context()} and {@link #template()}.
     */
    public static CamelContexts eachTest(String scheme, Supplier<? extends Component> component,
                                         RoutesBuilder routes) {
        return new CamelContexts(scheme, component, routes);
    }

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

    /** The context started before this test ({@link #eachTest}). */
    public CamelContext context() {
        return context;
    }

    /** A producer template of {@link #context()}. */
    public ProducerTemplate template() {
        return template;
    }

    /** Stops every context started so far (also done after each test). */
    public void stopAll() {
        started.forEach(CamelContext::stop);
        started.clear();
    }

    @Override
    public void beforeEach(ExtensionContext extension) throws Exception {
        if (eachComponent != null) {
            context = start(eachScheme, eachComponent.get(), eachRoutes);
            template = context.createProducerTemplate();
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        stopAll();
    }
}
