package org.doorstep.app.facility;

/** How a facility is run: by government, by an operator under a site-for-service contract (场地换服务), or commercially. */
public enum OperatingModel {
    GOVERNMENT,
    SITE_FOR_SERVICE,
    COMMERCIAL
}
