package org.doorstep.app.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** The links OGC API – Features asks for: absolute URLs with rel, type and title, and paging links. */
final class OgcLinks {

    private OgcLinks() {}

    static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    static Map<String, Object> link(String href, String rel, String type, String title) {
        return Map.of("href", href, "rel", rel, "type", type, "title", title);
    }

    static Map<String, Object> collection(String base, FeatureSource source) {
        String self = base + "/ogc/collections/" + source.id();
        return Map.of(
                "id", source.id(),
                "title", source.title(),
                "description", source.description(),
                "itemType", "feature",
                "crs", List.of("http://www.opengis.net/def/crs/OGC/1.3/CRS84"),
                "links",
                        List.of(
                                link(self, "self", "application/json", "This collection"),
                                link(self + "/items", "items", OgcController.GEOJSON, "Its features")));
    }

    /** self, and next or prev where there is such a page; the query's other parameters are kept. */
    static List<Map<String, Object>> pageLinks(HttpServletRequest request, FeatureQuery query, FeaturePage page) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(at(request, query.offset(), query.limit()), "self", OgcController.GEOJSON, "This page"));
        if (query.offset() + page.features().size() < page.numberMatched()) {
            links.add(link(
                    at(request, query.offset() + query.limit(), query.limit()),
                    "next",
                    OgcController.GEOJSON,
                    "Next page"));
        }
        if (query.offset() > 0) {
            links.add(link(
                    at(request, Math.max(0, query.offset() - query.limit()), query.limit()),
                    "prev",
                    OgcController.GEOJSON,
                    "Previous page"));
        }
        return links;
    }

    private static String at(HttpServletRequest request, long offset, int limit) {
        UriComponentsBuilder uri = ServletUriComponentsBuilder.fromRequest(request);
        return uri.replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit)
                .build()
                .toUriString();
    }
}
