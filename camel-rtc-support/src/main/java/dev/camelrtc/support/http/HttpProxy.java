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

import org.apache.hc.client5.http.auth.AuthCache;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;

/**
 * The HTTP proxy an endpoint calls through, with its credentials if it authenticates. Its auth cache is shared by the
 * endpoint's requests, so that once the proxy has challenged one, the next ones authenticate at once. toString never
 * shows the user name or the password.
 */
public final class HttpProxy {

    private final HttpHost host;
    private final CredentialsProvider credentials;
    private final AuthCache authCache = new BasicAuthCache();

    public HttpProxy(String host, int port, String username, String password) {
        this.host = new HttpHost(host, port);
        if (username == null || username.isBlank()) {
            this.credentials = null;
        } else {
            BasicCredentialsProvider provider = new BasicCredentialsProvider();
            provider.setCredentials(new AuthScope(this.host), new UsernamePasswordCredentials(username,
                    (password == null ? "" : password).toCharArray()));
            this.credentials = provider;
        }
    }

    HttpHost host() {
        return host;
    }

    /** The proxy's credentials, or null when it needs none. */
    CredentialsProvider credentials() {
        return credentials;
    }

    AuthCache authCache() {
        return authCache;
    }

    /** host:port, for messages. */
    public String address() {
        return host.toHostString();
    }

    public boolean authenticates() {
        return credentials != null;
    }

    @Override
    public String toString() {
        return "HttpProxy[" + address() + (credentials == null ? "" : ", credentials=***") + "]";
    }
}
