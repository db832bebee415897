package org.doorstep.engine.generate;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Place names built from common syllables of Chinese place names: 玄武区-like districts, 朝阳街道-like streets and
 * 幸福里社区-like communities, unique within one generator. The set only answers "taken?", so its iteration order never
 * reaches a result. Not thread-safe.
 */
final class ChineseNames {

    private static final String[] FIRST = {
        "玄", "秦", "鼓", "建", "栖", "雨", "江", "浦", "紫", "金", "清", "凤", "龙", "青", "白", "云", "东", "西", "南", "北",
        "新", "华", "长", "安", "和", "平", "永", "宁", "明", "德", "兴", "泰", "瑞", "福", "康", "仁", "文", "朝", "幸", "光"
    };
    private static final String[] SECOND = {
        "武", "淮", "楼", "邺", "霞", "花", "口", "山", "湖", "桥", "河", "林", "阳", "园", "泉", "源", "门", "台", "坊", "塘",
        "城", "庄", "岗", "洲", "苑", "乐", "福", "华", "宁", "安", "兴", "盛", "景", "翠", "锦", "虹", "溪", "松", "梅", "竹"
    };
    private static final String[] STREET_SUFFIX = {"街道", "路街道", "门街道", "桥街道"};
    private static final String[] COMMUNITY_SUFFIX = {"里", "苑", "村", "园", "坊", "巷", "新村", "花园", "", "路"};

    private final Set<String> taken = new HashSet<>();
    private final SplittableRandom random;

    ChineseNames(SplittableRandom random) {
        this.random = random;
    }

    String district() {
        return unique("区", new String[] {""});
    }

    String street() {
        return unique("", STREET_SUFFIX);
    }

    String community() {
        return unique("社区", COMMUNITY_SUFFIX);
    }

    /** Two syllables and a suffix; after many collisions a third syllable, so that it always ends. */
    private String unique(String tail, String[] suffixes) {
        for (int attempt = 0; ; attempt++) {
            String stem = FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)];
            if (attempt >= 20) {
                stem += SECOND[random.nextInt(SECOND.length)];
            }
            String name = stem + suffixes[random.nextInt(suffixes.length)] + tail;
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
