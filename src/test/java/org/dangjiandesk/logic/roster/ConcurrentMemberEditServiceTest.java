package org.dangjiandesk.logic.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dangjiandesk.app.AppServices;
import org.dangjiandesk.logic.Services;
import org.dangjiandesk.logic.i18n.Messages;
import org.dangjiandesk.model.Member;
import org.dangjiandesk.store.Database;
import org.dangjiandesk.store.StoreException;
import org.dangjiandesk.testutil.TestServices;
import org.dangjiandesk.testutil.TestStreet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Two clerks (two clients, each with its own connection pool, on one database: H2, or PostgreSQL in the
 * pg-tests run) save the same member at the same moment. Exactly one save wins; the other is refused as stale,
 * and after merging it both clerks' changes are stored.
 */
class ConcurrentMemberEditServiceTest {
    private TestServices ts;
    private Database secondClient;
    private AppServices second;
    private TestStreet street;

    @BeforeEach
    void setUp() {
        ts = new TestServices();
        street = TestStreet.create(ts.services());
        secondClient = Database.open(ts.database().config());
        second = AppServices.wire(secondClient, Messages.CHINESE, TestServices.CLOCK,
                org.dangjiandesk.testutil.TestAccounts.clerkAccess());
    }

    @AfterEach
    void tearDown() {
        ts.close(); // for H2 in memory this ends the shared database; the second pool is closed after it
        secondClient.close();
    }

    @RepeatedTest(3)
    void twoClerksSavingOneMember_oneWins_theOtherGetsTheConflict_andNothingIsLost() throws Exception {
        long id = street.zhangJianguo.id();
        Member loadedByA = ts.services().roster().find(id).orElseThrow();
        Member loadedByB = second.services().roster().find(id).orElseThrow();
        Member editA = loadedByA.toBuilder().homeAddress("幸福街道阳光路 1 号").build();
        Member editB = loadedByB.toBuilder().mobilePhone("13800000001").build();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Member>> saves = new ArrayList<>();
        try {
            saves.add(pool.submit(() -> {
                go.await();
                return ts.services().roster().update(editA);
            }));
            saves.add(pool.submit(() -> {
                go.await();
                return second.services().roster().update(editB);
            }));
            go.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        List<Integer> won = new ArrayList<>();
        List<Integer> refused = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try {
                saves.get(i).get();
                won.add(i);
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(StoreException.class);
                assertThat(((StoreException) e.getCause()).reason()).isEqualTo(StoreException.Reason.STALE_DATA);
                refused.add(i);
            }
        }
        assertThat(won).hasSize(1);
        assertThat(refused).hasSize(1);

        // the refused clerk merges: the stored record (with the winner's change) plus their own edited field
        int loser = refused.get(0);
        Services loserServices = loser == 0 ? ts.services() : second.services();
        Member mine = loser == 0 ? editA : editB;
        Member loaded = loser == 0 ? loadedByA : loadedByB;
        Member theirs = loserServices.roster().find(id).orElseThrow();
        Set<String> keepMine = Set.copyOf(MemberMerge.differences(loaded, mine, theirs).stream()
                .filter(MemberMerge.Difference::iChanged).map(MemberMerge.Difference::field).toList());
        loserServices.roster().update(MemberMerge.merge(theirs, mine, keepMine));

        Member stored = ts.services().roster().find(id).orElseThrow();
        assertThat(stored.homeAddress()).isEqualTo("幸福街道阳光路 1 号");
        assertThat(stored.mobilePhone()).isEqualTo("13800000001");
        assertThat(stored.version()).isEqualTo(loadedByA.version() + 2);
    }
}
