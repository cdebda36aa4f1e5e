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
package dev.camelrtc.support;

import dev.camelrtc.support.call.ApiCredentials;

/**
 * Where a component's credentials come from when they must not sit in options or the environment: rotating STS
 * credentials, a vault. Bound as a bean, it is the {@code credentialsProvider} option ({@code #beanName}, or autowired
 * when the registry holds exactly one), used when neither the key id nor the secret option is set.
 * <p>
 * It is asked for every request, just before the request is signed, so credentials that rotate take effect with the
 * next request. It must therefore be thread-safe and fast: a provider that fetches credentials remotely keeps them
 * until shortly before they expire, and refreshes them then. An exception it throws fails that one call, without
 * sending anything.
 */
@FunctionalInterface
public interface RtcCredentialsProvider {

    /** The credentials to sign the next request with: key id, secret and, for temporary credentials, the token. */
    ApiCredentials credentials();
}
