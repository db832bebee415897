package org.doorstep.app.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResidentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final LocalDate BORN_1940 = LocalDate.of(1940, 3, 1);

    private static ResidentData resident(
            String idNumber, LocalDate birth, Sex sex, Set<SpecialGroup> groups, String difficultyKind) {
        return new ResidentData("张三", idNumber, "138 1234 5678", birth, sex, groups, difficultyKind, null);
    }

    private static List<String> fields(ResidentData data) {
        return ResidentRules.problems(data, TODAY).stream()
                .map(FieldProblem::field)
                .toList();
    }

    @Test
    void acceptsAnElderWithSpecialDifficultiesAndItsKind() {
        ResidentData data = resident(
                TestIdNumbers.next(BORN_1940, Sex.MALE),
                BORN_1940,
                Sex.MALE,
                Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY, SpecialGroup.ELDERLY_LIVING_ALONE),
                "高龄");
        assertThat(ResidentRules.problems(data, TODAY)).isEmpty();
        assertThat(data.phone()).isEqualTo("13812345678");
    }

    @Test
    void theIdNumberMustAgreeWithBirthDateAndSex() {
        String id = TestIdNumbers.next(BORN_1940, Sex.MALE);
        assertThat(fields(resident(id, BORN_1940.plusDays(1), Sex.FEMALE, Set.of(), null)))
                .containsExactly("birth_date", "sex");
    }

    @Test
    void elderlyGroupsNeedSixtyYearsAndInfantsFollowTheBirthDate() {
        LocalDate born1990 = LocalDate.of(1990, 1, 1);
        String id = TestIdNumbers.next(born1990, Sex.FEMALE);
        assertThat(ResidentRules.problems(
                        resident(id, born1990, Sex.FEMALE, Set.of(SpecialGroup.ELDERLY_LIVING_ALONE), null), TODAY))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("60").contains("35"));
        assertThat(fields(resident(id, born1990, Sex.FEMALE, Set.of(SpecialGroup.INFANT_UNDER_3), null)))
                .containsExactly("groups");
        LocalDate bornLastYear = TODAY.minusYears(1);
        String baby = TestIdNumbers.next(bornLastYear, Sex.MALE);
        assertThat(fields(resident(baby, bornLastYear, Sex.MALE, Set.of(SpecialGroup.INFANT_UNDER_3), null)))
                .isEmpty();
    }

    @Test
    void theKindOfDifficultyIsRequiredExactlyForThatGroup() {
        String id = TestIdNumbers.next(BORN_1940, Sex.MALE);
        assertThat(fields(resident(id, BORN_1940, Sex.MALE, Set.of(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY), null)))
                .containsExactly("difficulty_kind");
        assertThat(fields(resident(id, BORN_1940, Sex.MALE, Set.of(), "失能"))).containsExactly("difficulty_kind");
    }

    @Test
    void reportsEveryFaultAtOnce() {
        ResidentData data =
                new ResidentData(" ", "110105194912310021", "12345", TODAY.plusDays(1), Sex.MALE, Set.of(), null, null);
        assertThat(fields(data)).containsExactly("name", "id_number", "phone", "birth_date");
    }
}
