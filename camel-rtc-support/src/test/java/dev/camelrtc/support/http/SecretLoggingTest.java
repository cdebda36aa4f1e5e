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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class SecretLoggingTest {

    /** Keeps what is logged to it. */
    private static final class Recording extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final List<String> lines = new ArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                                   Throwable throwable) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, arguments));
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }

    @Test
    void httpClientHeaderOrWireLoggersAtDebugGetOneWarning() {
        Recording log = new Recording();
        SecretLogging.warnIfEnabled(log, "trtc", Set.of(SecretLogging.HTTP_HEADERS, SecretLogging.HTTP_WIRE)::contains);

        assertThat(log.lines).singleElement().asString().startsWith("WARN trtc: ")
                .contains(SecretLogging.HTTP_HEADERS, SecretLogging.HTTP_WIRE, "session tokens", "Set them to INFO");
    }

    @Test
    void otherLoggersAtDebugGetNone() {
        Recording log = new Recording();
        SecretLogging.warnIfEnabled(log, "alilive",
                Set.of("org.apache.hc.client5.http.impl.async", "org.apache.camel", "dev.camelrtc")::contains);

        assertThat(log.lines).isEmpty();
    }
}
