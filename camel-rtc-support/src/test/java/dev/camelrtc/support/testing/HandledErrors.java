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

import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** The exceptions the routes of a test handled, in the order they came. */
public final class HandledErrors extends CopyOnWriteArrayList<Exception> {

    private static final long serialVersionUID = 1L;

    /** From {@code configure()}: the routes of {@code routes} handle every exception by adding it here. */
    public void collectFrom(RouteBuilder routes) {
        routes.onException(Exception.class).handled(true)
                .process(e -> add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
    }
}
