package org.doorstep.app.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doorstep.app.facility.FacilityService;
import org.doorstep.app.facility.NewCandidateSite;
import org.doorstep.app.facility.NewFacility;
import org.doorstep.app.facility.NewOperator;
import org.doorstep.app.facility.OperatingModel;
import org.doorstep.app.facility.SiteAvailability;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.city.Community;
import org.doorstep.engine.city.Facilities;
import org.doorstep.engine.community.CommunityMembership;
import org.doorstep.engine.generate.GeneratedCity;
import org.locationtech.jts.geom.Point;

/**
 * Writes the generated city's facilities to the registry, the elderly-care and canteen ones of the first district run
 * by one demo operator under site-for-service terms, plus a candidate site in every third community, so that siting
 * has an inventory to choose from.
 */
final class DemoFacilities {

    /** What was written: every facility's id, and the ids of those the demo operator runs. */
    record Written(List<Long> facilityIds, List<Long> operatedIds, int candidateSites) {}

    private DemoFacilities() {}

    static Written write(FacilityService service, GeneratedCity generated, DemoPlaces.Written places) {
        long operator = service.addOperator(
                new NewOperator("颐康社区服务有限公司", "颐康", null, List.of(), "025-84000000", null, DemoCity.CITY_NAME));
        Facilities facilities = generated.city().facilities();
        List<Community> communities = generated.communities();
        int[] communityOf = communityOf(generated);
        String firstDistrict = communities.get(0).code().substring(0, 6);
        List<NewFacility> rows = new ArrayList<>();
        List<Boolean> operated = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int f = 0; f < facilities.size(); f++) {
            int c = communityOf[f];
            if (c < 0) {
                continue;
            }
            ServiceCategory category = facilities.category(f);
            boolean run = communities.get(c).code().startsWith(firstDistrict)
                    && (category == ServiceCategory.ELDERLY_CARE || category == ServiceCategory.MEALS);
            rows.add(facility(
                    facilities,
                    f,
                    places.communityIds()[c],
                    uniqueName(names, c, facilities.name(f)),
                    run ? operator : null));
            operated.add(run);
        }
        List<Long> ids = service.addFacilities(rows);
        List<Long> operatedIds = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (operated.get(i)) {
                operatedIds.add(ids.get(i));
            }
        }
        return new Written(
                ids,
                operatedIds,
                service.addCandidateSites(candidateSites(communities, places)).size());
    }

    private static NewFacility facility(Facilities facilities, int f, long community, String name, Long operator) {
        OperatingModel model = operator != null ? OperatingModel.SITE_FOR_SERVICE : OperatingModel.GOVERNMENT;
        return EngineFacilities.newFacility(facilities, f, community, name, "Mo-Su 08:00-20:00", model, operator, null);
    }

    /** Facility names are unique within a community: a repeated one gets a number. */
    private static String uniqueName(Set<String> taken, int community, String name) {
        String candidate = name;
        for (int n = 2; !taken.add(community + "/" + candidate); n++) {
            candidate = name + "(" + n + ")";
        }
        return candidate;
    }

    private static int[] communityOf(GeneratedCity generated) {
        Facilities facilities = generated.city().facilities();
        int[] lon = new int[facilities.size()];
        int[] lat = new int[facilities.size()];
        for (int f = 0; f < lon.length; f++) {
            lon[f] = facilities.lonE7(f);
            lat[f] = facilities.latE7(f);
        }
        return CommunityMembership.assignPoints(generated.communities(), lon, lat);
    }

    private static List<NewCandidateSite> candidateSites(List<Community> communities, DemoPlaces.Written places) {
        List<NewCandidateSite> sites = new ArrayList<>();
        for (int c = 0; c < communities.size(); c += 3) {
            Point centre = communities.get(c).boundary().getInteriorPoint();
            double area_m2 = 200 + 150 * (c % 5);
            sites.add(new NewCandidateSite(
                    places.communityIds()[c],
                    centre.getX(),
                    centre.getY(),
                    communities.get(c).name() + "闲置用房",
                    area_m2,
                    c % 2 == 0 ? "街道办事处" : "国有企业",
                    area_m2 * 1_500,
                    SiteAvailability.AVAILABLE,
                    null,
                    "demo: vacated ground-floor space"));
        }
        return sites;
    }
}
