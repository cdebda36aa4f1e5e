/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
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

    @FunctionalInterface
    private interface Starter {
        CamelContext start(CamelContexts contexts) throws Exception;
    }

    private final List<CamelContext> started = new CopyOnWriteArrayList<>();
    private final Starter eachTest;
    private CamelContext context;
    private ProducerTemplate template;

    public CamelContexts() {
        this(null);
    }

    private CamelContexts(Starter eachTest) {
        this.eachTest = eachTest;
    }

    /**
     * Contexts that also start one before each test, with the component {@code component} makes then and the routes
     * (null: none): {@link #context()} and {@link #template()}.
     */
    public static CamelContexts eachTest(String scheme, Supplier<? extends Component> component,
                                         RoutesBuilder routes) {
        return new CamelContexts(contexts -> contexts.start(scheme, component.get(), routes));
    }

    /** Contexts that also start one before each test with the components Camel finds on the classpath. */
    public static CamelContexts eachTest() {
        return new CamelContexts(contexts -> contexts.start(null, null, null));
    }

    /** A started CamelContext with the component under its scheme (null: none) and the routes (null: none). */
    public CamelContext start(String scheme, Component component, RoutesBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        if (component != null) {
            context.addComponent(scheme, component);
        }
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
        if (eachTest != null) {
            context = eachTest.start(this);
            template = context.createProducerTemplate();
        }
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        stopAll();
    }
}
