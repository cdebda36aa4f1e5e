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

/**
 * Resolved credentials of a cloud API: key id, key secret and, for temporary credentials, a token. toString never
 * shows the secret or the token.
 *
 * @param token STS token of temporary credentials, or null
 */
public record ApiCredentials(String id, String secret, String token) {

    public ApiCredentials {
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("credentials need a key id and a secret (" + (id == null || id.isBlank()
                    ? "the key id" : "the secret") + " is missing)");
        }
        token = token == null || token.isBlank() ? null : token;
    }

    /** Where one credential comes from: its option (name and value), else its environment variable. */
    public record Source(String option, String value, String environmentVariable) {

        /** The first non-blank of the option and the environment variable, trimmed (a stray space breaks signatures). */
        String resolve() {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
            String env = System.getenv(environmentVariable);
            return env == null || env.isBlank() ? null : env.trim();
        }
    }

    /**
     * The options, each else its environment variable; else the credentials file. Fails naming the options,
     * variables and file it looked at, never a value.
     */
    public static ApiCredentials resolve(String scheme, String cloud, Source id, Source secret, Source token,
                                         CredentialsFile file) {
        String idValue = id.resolve();
        String secretValue = secret.resolve();
        if (idValue != null && secretValue != null) {
            return new ApiCredentials(idValue, secretValue, token.resolve());
        }
        ApiCredentials fromFile = file.read();
        if (fromFile != null) {
            return fromFile;
        }
        throw new IllegalArgumentException(scheme + ": no " + cloud + " credentials: set the " + id.option()
                + " and " + secret.option() + " options (on the endpoint or camel.component." + scheme + ".*), a"
                + " credentialsProvider bean, the environment variables " + id.environmentVariable() + " and "
                + secret.environmentVariable() + ", or the credentials file " + file.describe() + " ("
                + (idValue == null ? id.option() : secret.option()) + " is missing)");
    }

    @Override
    public String toString() {
        return "ApiCredentials[id=" + id + ", secret=***" + (token == null ? "" : ", token=***") + "]";
    }
}
