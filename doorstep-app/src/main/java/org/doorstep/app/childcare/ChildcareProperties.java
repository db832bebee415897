package org.doorstep.app.childcare;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code doorstep.childcare.groups}: the age groups with their ratios and class sizes (application.yml holds the
 * national defaults of 托育机构设置标准（试行）, 2019).
 */
@ConfigurationProperties("doorstep.childcare")
record ChildcareProperties(List<AgeGroup> groups) {

    ChildcareProperties {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
