package org.dangjiandesk.gui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdleLockTest {
    @Test
    void locksOnce_afterTheIdleMinutes_andAgainOnlyAfterUnlockAndAnotherIdleSpell() {
        AtomicLong now = new AtomicLong();
        AtomicInteger locks = new AtomicInteger();
        IdleLock lock = new IdleLock(15, now::get, locks::incrementAndGet);
        now.set(TimeUnit.MINUTES.toNanos(14));
        lock.check();
        assertThat(locks).hasValue(0);
        now.set(TimeUnit.MINUTES.toNanos(15));
        lock.check();
        lock.check();
        assertThat(locks).hasValue(1);
        lock.unlocked();
        now.addAndGet(TimeUnit.MINUTES.toNanos(10));
        lock.check();
        assertThat(locks).hasValue(1);
        now.addAndGet(TimeUnit.MINUTES.toNanos(5));
        lock.check();
        assertThat(locks).hasValue(2);
    }

    @Test
    void zeroMinutes_neverLocks() {
        AtomicInteger locks = new AtomicInteger();
        IdleLock lock = new IdleLock(0, () -> Long.MAX_VALUE, locks::incrementAndGet);
        lock.check();
        assertThat(locks).hasValue(0);
    }
}
