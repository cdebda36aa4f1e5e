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

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaseUrlsTest {

    private static URI parse(String option) {
        return BaseUrls.parse(option, "https://api.example.com", "demo");
    }

    @Test
    void blankIsTheDefaultAndABareHostGetsHttps() {
        assertThat(parse(" ")).isEqualTo(URI.create("https://api.example.com"));
        assertThat(parse("trtc.intl.tencentcloudapi.com")).isEqualTo(URI.create("https://trtc.intl.tencentcloudapi.com"));
        assertThat(parse("http://127.0.0.1:8080")).isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void aUrlEncodedUrlIsTheUrlItEncodes() {
        assertThat(parse("http%3A%2F%2F127.0.0.1%3A8080")).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(parse("https%3a%2f%2fapi.example.com%2Fv1")).isEqualTo(URI.create("https://api.example.com/v1"));
    }

    @Test
    void anythingElseIsRefusedNamingTheComponentAndTheOption() {
        assertThatThrownBy(() -> parse("ftp://files.example.com")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("demo: invalid endpoint option 'ftp://files.example.com'");
        assertThatThrownBy(() -> parse("http%3A%2F%2F")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("demo: invalid endpoint option");
    }
}
