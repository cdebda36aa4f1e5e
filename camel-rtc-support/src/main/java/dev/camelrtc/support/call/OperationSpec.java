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

import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.support.json.Json;

/**
 * What the shared code needs to know about one API action, built with named steps:
 * {@code OperationSpec.start("StartAITranscription", "AITranscription").models(...).qps(50).fills("RoomId")...}.
 *
 * @param action           the API action name
 * @param kind             what the action does to a task
 * @param family           the task family: the consumers of a family's DESCRIBE operation follow its starts
 * @param documentedQps    requests per second per account the API documents
 * @param retryRule        which failures may be retried (by default the kind's rule)
 * @param fills            top-level parameters that URI options and headers may fill where the body leaves them unset
 * @param required         parameters the API requires (dotted paths for nested ones)
 * @param jsonStringFields parameters the API takes as JSON documents in strings; a body may give them as objects
 */
public record OperationSpec(String action, OperationKind kind, String family, Class<?> requestType,
                            Class<?> responseType, int documentedQps, RetryRule retryRule, Set<String> fills,
                            List<String> required, Set<String> jsonStringFields) {

    public OperationSpec {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(requestType, action + ": models");
        if (documentedQps < 1) {
            throw new IllegalArgumentException(action + ": qps must be at least 1");
        }
    }

    /** The response model with these fields: the answer a reconciliation gives in the cloud's place. */
    public Object responseWith(ObjectNode fields) {
        return Json.MAPPER.convertValue(fields, responseType);
    }

    public static Builder start(String action, String family) {
        return new Builder(action, OperationKind.START, family);
    }

    public static Builder stop(String action, String family) {
        return new Builder(action, OperationKind.STOP, family);
    }

    public static Builder describe(String action, String family) {
        return new Builder(action, OperationKind.DESCRIBE, family);
    }

    public static Builder update(String action, String family) {
        return new Builder(action, OperationKind.UPDATE, family);
    }

    public static Builder control(String action, String family) {
        return new Builder(action, OperationKind.CONTROL, family);
    }

    public static Builder create(String action, String family) {
        return new Builder(action, OperationKind.CREATE, family);
    }

    public static Builder query(String action, String family) {
        return new Builder(action, OperationKind.QUERY, family);
    }

    public static final class Builder {
        private final String action;
        private final OperationKind kind;
        private final String family;
        private Class<?> requestType;
        private Class<?> responseType;
        private int qps;
        private RetryRule retryRule;
        private Set<String> fills = Set.of();
        private List<String> required = List.of();
        private Set<String> jsonStringFields = Set.of();

        private Builder(String action, OperationKind kind, String family) {
            this.action = action;
            this.kind = kind;
            this.family = family;
            this.retryRule = kind.defaultRetry();
        }

        public Builder models(Class<?> requestType, Class<?> responseType) {
            this.requestType = requestType;
            this.responseType = responseType;
            return this;
        }

        public Builder qps(int documentedQps) {
            this.qps = documentedQps;
            return this;
        }

        public Builder retry(RetryRule rule) {
            this.retryRule = rule;
            return this;
        }

        public Builder fills(String... parameters) {
            this.fills = Set.of(parameters);
            return this;
        }

        public Builder requires(String... parameters) {
            this.required = List.of(parameters);
            return this;
        }

        public Builder jsonStrings(String... parameters) {
            this.jsonStringFields = Set.of(parameters);
            return this;
        }

        public OperationSpec build() {
            return new OperationSpec(action, kind, family, requestType, responseType, qps, retryRule, fills, required,
                    jsonStringFields);
        }
    }
}
