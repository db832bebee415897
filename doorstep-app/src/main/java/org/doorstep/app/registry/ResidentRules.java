package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.doorstep.engine.category.AgeBand;

/**
 * What a resident's data must satisfy before it is stored, whichever way it comes (form, import, bulk load): a valid
 * ID number that agrees with the birth date and sex, a phone number that is one, groups that fit the age, and a kind
 * of difficulty exactly for the elderly with special difficulties. Every fault is reported, not just the first.
 */
final class ResidentRules {

    static final int MAX_NAME = 100;
    static final int MAX_DIFFICULTY_KIND = 100;
    static final int MAX_HEALTH_NOTES = 1000;

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** A mainland mobile (11 digits from 13 to 19), or a landline with its area code (the country code is removed). */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

    private ResidentRules() {}

    /** The faults of the data on a day, in field order; empty when it may be stored. */
    static List<FieldProblem> problems(ResidentData data, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.name().isEmpty()) {
            problems.add(new FieldProblem("name", "a name is required"));
        } else if (data.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "a name has at most " + MAX_NAME + " characters"));
        }
        checkIdNumber(data, problems);
        if (data.phone() != null && !PHONE.matcher(data.phone()).matches()) {
            problems.add(new FieldProblem(
                    "phone",
                    "not a phone number: give a mobile of 11 digits (13812345678)"
                            + " or a landline with its area code (025-84561234)"));
        }
        if (data.birthDate().isAfter(today)) {
            problems.add(new FieldProblem("birth_date", data.birthDate() + " lies in the future"));
        } else if (data.birthDate().isBefore(EARLIEST_BIRTH)) {
            problems.add(new FieldProblem("birth_date", data.birthDate() + " lies before " + EARLIEST_BIRTH));
        } else {
            checkGroups(data, Ages.age(data.birthDate(), today), problems);
        }
        checkDifficulty(data, problems);
        if (data.healthNotes() != null && data.healthNotes().length() > MAX_HEALTH_NOTES) {
            problems.add(new FieldProblem("health_notes", "at most " + MAX_HEALTH_NOTES + " characters"));
        }
        return problems;
    }

    private static void checkIdNumber(ResidentData data, List<FieldProblem> problems) {
        ResidentIdNumber number;
        try {
            number = ResidentIdNumber.parse(data.idNumber());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("id_number", e.getMessage()));
            return;
        }
        if (!number.birthDate().equals(data.birthDate())) {
            problems.add(new FieldProblem(
                    "birth_date",
                    data.birthDate() + " differs from the birth date in the ID number (" + number.birthDate() + ")"));
        }
        if (number.sex() != data.sex()) {
            problems.add(new FieldProblem(
                    "sex", data.sex() + " differs from the ID number, whose 17th digit says " + number.sex()));
        }
    }

    private static void checkGroups(ResidentData data, int age, List<FieldProblem> problems) {
        for (SpecialGroup group : data.groups()) {
            if (group.isElderly() && age < SpecialGroup.ELDERLY_FROM_AGE) {
                problems.add(new FieldProblem(
                        "groups",
                        group + " needs an age of " + SpecialGroup.ELDERLY_FROM_AGE + " or more; this resident is "
                                + age));
            }
            if (group == SpecialGroup.INFANT_UNDER_3 && age >= AgeBand.AGE_3_5.fromAge()) {
                problems.add(new FieldProblem(
                        "groups", group + " follows from the birth date, and this resident is " + age));
            }
        }
    }

    private static void checkDifficulty(ResidentData data, List<FieldProblem> problems) {
        boolean inGroup = data.groups().contains(SpecialGroup.ELDERLY_SPECIAL_DIFFICULTY);
        String kind = data.difficultyKind();
        if (inGroup && kind == null) {
            problems.add(new FieldProblem(
                    "difficulty_kind",
                    "required for ELDERLY_SPECIAL_DIFFICULTY: the kind of difficulty (for example 高龄, 失能, 独居,"
                            + " 低保)"));
        } else if (!inGroup && kind != null) {
            problems.add(new FieldProblem(
                    "difficulty_kind", "given, but the resident is not in ELDERLY_SPECIAL_DIFFICULTY"));
        } else if (kind != null && kind.length() > MAX_DIFFICULTY_KIND) {
            problems.add(new FieldProblem("difficulty_kind", "at most " + MAX_DIFFICULTY_KIND + " characters"));
        }
    }
}
