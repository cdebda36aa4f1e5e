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
package dev.camelrtc.support.http;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;

import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Routes a request without a proxy of its own through the HTTP proxy that the JVM's {@link ProxySelector} of the moment
 * chooses for its target (the first DIRECT or HTTP choice; none when there is no selector), as HttpClient's
 * {@code SystemDefaultRoutePlanner} does. Unlike that planner it keeps the target's {@link URI} of the last request
 * instead of formatting and parsing it again for every request, which cost about 2 µs a call (an endpoint calls one
 * host; when endpoints with different API URLs share the transport, the one entry is just replaced, still correct);
 * the selector itself is still asked every time, so a change of the JVM's proxy settings holds at once.
 */
final class JvmProxyRoutePlanner extends DefaultRoutePlanner {

    private volatile Target last;

    private record Target(HttpHost host, URI uri) {
    }

    JvmProxyRoutePlanner() {
        super(null);
    }

    @Override
    protected HttpHost determineProxy(HttpHost target, HttpContext context) throws HttpException {
        ProxySelector selector = ProxySelector.getDefault();
        if (selector == null) {
            return null;
        }
        for (Proxy proxy : selector.select(uri(target))) {
            if (proxy.type() == Proxy.Type.DIRECT) {
                return null;
            }
            if (proxy.type() == Proxy.Type.HTTP) {
                if (!(proxy.address() instanceof InetSocketAddress address)) {
                    throw new HttpException("Unable to handle non-Inet proxy address: " + proxy.address());
                }
                return new HttpHost(null, address.getAddress(), address.getHostString(), address.getPort());
            }
        }
        return null;
    }

    private URI uri(HttpHost target) throws HttpException {
        Target known = last;
        if (known != null && known.host().equals(target)) {
            return known.uri();
        }
        try {
            URI uri = new URI(target.toURI());
            last = new Target(target, uri);
            return uri;
        } catch (URISyntaxException e) {
            throw new HttpException("Cannot convert host to URI: " + target, e);
        }
    }
}
