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
package dev.camelrtc.support.callback;

import org.apache.camel.Message;

/** A cloud's callback signature check, run over the request's headers and raw body before anything is parsed. */
@FunctionalInterface
public interface CallbackAuthenticator {

    /**
     * Null when the request is authentic; otherwise why it is not, for the log: never the key, the signature value
     * or the body.
     */
    String rejection(Message request, byte[] body);
}
