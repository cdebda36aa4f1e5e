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

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A repository that hands every call to a real one and starts and stops it with itself: a test's wrapper (an injected
 * failure, a pause) extends it and overrides only the calls it changes, calling {@code super} for the real answer.
 * The interface's exchange-aware methods are not delegated, so that their defaults reach the overrides.
 */
public class DelegatingIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private final IdempotentRepository repository;

    public DelegatingIdempotentRepository(IdempotentRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean add(String key) {
        return repository.add(key);
    }

    @Override
    public boolean contains(String key) {
        return repository.contains(key);
    }

    @Override
    public boolean remove(String key) {
        return repository.remove(key);
    }

    @Override
    public boolean confirm(String key) {
        return repository.confirm(key);
    }

    @Override
    public void clear() {
        repository.clear();
    }

    @Override
    protected void doStart() {
        ServiceHelper.startService(repository);
    }

    @Override
    protected void doStop() {
        ServiceHelper.stopService(repository);
    }
}
