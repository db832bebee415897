package org.doorstep.app.place;

/**
 * The kind of a village-level unit, read from the last three digits of its 12-digit statistical division code
 * (国家统计局 统计用区划代码): 001–199 residents' committees (居民委员会, the urban 社区), 200–399 villagers' committees
 * (村民委员会), 400–499 units run like a residents' committee (the 虚拟社区 of development zones and the like), 500–599
 * units run like a villagers' committee (farm and forestry 生活区). The files carry no urban/rural class, so this
 * numbering is the only sign of it.
 */
enum CommitteeKind {
    RESIDENTS,
    VILLAGERS,
    LIKE_RESIDENTS,
    LIKE_VILLAGERS;

    /** The kind of a 12-digit code; throws for a code of another length or an unused range (600–999). */
    static CommitteeKind of(String code) {
        if (code.length() != 12 || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a 12-digit village-level code: " + code);
        }
        int number = Integer.parseInt(code.substring(9));
        return switch (number / 100) {
            case 0, 1 -> RESIDENTS;
            case 2, 3 -> VILLAGERS;
            case 4 -> LIKE_RESIDENTS;
            case 5 -> LIKE_VILLAGERS;
            default -> throw new IllegalArgumentException("village-level number " + number + " is not in use: " + code);
        };
    }

    /** True for the urban kinds, which an import keeps unless asked for villages too. */
    boolean urban() {
        return this == RESIDENTS || this == LIKE_RESIDENTS;
    }
}
