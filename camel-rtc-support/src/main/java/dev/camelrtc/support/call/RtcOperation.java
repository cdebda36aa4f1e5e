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
package dev.camelrtc.support.call;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.json.Parameters;

/** A producer operation of a component: implemented by the vendor's operations enum, described by its spec. */
public interface RtcOperation {

    /** The operation's name in URIs and headers (the enum constant). */
    String name();

    OperationSpec spec();

    /** The API action name, e.g. {@code StartAITranscription}. */
    default String action() {
        return spec().action();
    }

    default OperationKind kind() {
        return spec().kind();
    }

    default String family() {
        return spec().family();
    }

    /** Whether the request has this top-level parameter, so that URI options and headers may fill it. */
    default boolean accepts(String parameter) {
        return spec().fills().contains(parameter);
    }

    /** Whether a failure the cloud may have executed may be retried for these parameters. */
    default boolean retriesUncertain(ObjectNode params) {
        return spec().retryRule().retriesUncertain(params);
    }

    /**
     * Fails with an IllegalArgumentException naming the first missing required parameter and this operation;
     * operations with conditional requirements add theirs.
     */
    default void validate(ObjectNode params) {
        Parameters.requirePresent(params, spec().required(), name());
    }

    /** The operation of a URI path or header value (exact, else ignoring case, else the action name). */
    static <O extends Enum<O> & RtcOperation> O fromName(Class<O> type, String scheme, String name) {
        O[] operations = type.getEnumConstants();
        for (O op : operations) {
            if (op.name().equals(name)) {
                return op;
            }
        }
        for (O op : operations) {
            if (op.name().equalsIgnoreCase(name) || op.action().equalsIgnoreCase(name)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown " + scheme + " operation '" + name + "'. Valid operations: "
                + Arrays.stream(operations).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
