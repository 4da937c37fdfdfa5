package org.dangjiandesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void parse_andFormat_roundTrip() {
        Quarter q = Quarter.parse("2026Q3");
        assertThat(q).isEqualTo(new Quarter(2026, 3));
        assertThat(q.toString()).isEqualTo("2026Q3");
        assertThat(Quarter.parse(" 2026q4 ")).isEqualTo(new Quarter(2026, 4));
    }

    @Test
    void parse_rejectsNonsense() {
        assertThatThrownBy(() -> Quarter.parse("2026Q5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse("Q3 2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quarter.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysAndNeighbours() {
        Quarter q = new Quarter(2026, 3);
        assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Quarter.of(LocalDate.of(2026, 11, 22))).isEqualTo(new Quarter(2026, 4));
        assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(q.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(q.contains(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void starLevel_staysWithinOneToFive() {
        assertThat(StarLevel.FOUR.plus(3)).isEqualTo(StarLevel.FIVE);
        assertThat(StarLevel.TWO.plus(-3)).isEqualTo(StarLevel.ONE);
        assertThat(StarLevel.FIVE.atMost(StarLevel.THREE)).isEqualTo(StarLevel.THREE);
        assertThat(StarLevel.THREE.symbols()).isEqualTo("★★★☆☆");
    }
}
