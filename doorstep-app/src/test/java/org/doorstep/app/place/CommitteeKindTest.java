package org.doorstep.app.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommitteeKindTest {

    @Test
    void readsTheKindFromTheLastThreeDigits() {
        // 梅园新村社区居委会, 清江村村委会 (鼓楼区), 徐庄高新技术产业开发区虚拟社区, 小营股份经济合作社生活区 (海淀区).
        assertThat(CommitteeKind.of("320102002001")).isEqualTo(CommitteeKind.RESIDENTS);
        assertThat(CommitteeKind.of("220211071101")).isEqualTo(CommitteeKind.RESIDENTS);
        assertThat(CommitteeKind.of("320106006200")).isEqualTo(CommitteeKind.VILLAGERS);
        assertThat(CommitteeKind.of("130225100300")).isEqualTo(CommitteeKind.VILLAGERS);
        assertThat(CommitteeKind.of("320102400498")).isEqualTo(CommitteeKind.LIKE_RESIDENTS);
        assertThat(CommitteeKind.of("110108024500")).isEqualTo(CommitteeKind.LIKE_VILLAGERS);
    }

    @Test
    void residentsCommitteesAndTheirLikesAreUrban() {
        assertThat(CommitteeKind.RESIDENTS.urban()).isTrue();
        assertThat(CommitteeKind.LIKE_RESIDENTS.urban()).isTrue();
        assertThat(CommitteeKind.VILLAGERS.urban()).isFalse();
        assertThat(CommitteeKind.LIKE_VILLAGERS.urban()).isFalse();
    }

    @Test
    void refusesCodesOfOtherLevelsAndUnusedNumbers() {
        assertThatThrownBy(() -> CommitteeKind.of("320102002")).hasMessageContaining("12-digit");
        assertThatThrownBy(() -> CommitteeKind.of("320102002600")).hasMessageContaining("not in use");
    }
}
