package org.doorstep.app.ogc;

import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScopes;
import org.doorstep.app.planning.Bbox;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * OGC API – Features Part 1 resources: landing page, conformance, collections, items (bbox, limit and offset paging
 * with next and prev links, numberMatched and numberReturned) and single features, as JSON and GeoJSON.
 */
@RestController
@RequestMapping("/ogc")
class OgcController {

    static final String GEOJSON = "application/geo+json";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

    private final Map<String, FeatureSource> sources = new LinkedHashMap<>();
    private final AccessScopes scopes;

    OgcController(List<FeatureSource> sources, AccessScopes scopes) {
        sources.forEach(s -> this.sources.put(s.id(), s));
        this.scopes = scopes;
    }

    @GetMapping(
            path = {"", "/"},
            produces = "application/json")
    Map<String, Object> landing(HttpServletRequest request) {
        String base = OgcLinks.base(request);
        return Map.of(
                "title", "Doorstep",
                "description", "Walking access to community services: facilities, communities, buildings, blind spots",
                "links",
                        List.of(
                                OgcLinks.link(base + "/ogc", "self", "application/json", "This document"),
                                OgcLinks.link(
                                        base + "/v3/api-docs",
                                        "service-desc",
                                        "application/vnd.oai.openapi+json;version=3.0",
                                        "The API definition"),
                                OgcLinks.link(
                                        base + "/swagger-ui.html", "service-doc", "text/html", "The API documentation"),
                                OgcLinks.link(
                                        base + "/ogc/conformance", "conformance", "application/json", "Conformance"),
                                OgcLinks.link(base + "/ogc/collections", "data", "application/json", "Collections")));
    }

    @GetMapping(path = "/conformance", produces = "application/json")
    Map<String, Object> conformance() {
        return Map.of("conformsTo", CONFORMANCE);
    }

    @GetMapping(path = "/collections", produces = "application/json")
    Map<String, Object> collections(HttpServletRequest request) {
        String base = OgcLinks.base(request);
        return Map.of(
                "links", List.of(OgcLinks.link(base + "/ogc/collections", "self", "application/json", "Collections")),
                "collections",
                        sources.values().stream()
                                .map(s -> OgcLinks.collection(base, s))
                                .toList());
    }

    @GetMapping(path = "/collections/{collectionId}", produces = "application/json")
    Map<String, Object> collection(@PathVariable String collectionId, HttpServletRequest request) {
        return OgcLinks.collection(OgcLinks.base(request), source(collectionId));
    }

    @GetMapping(path = "/collections/{collectionId}/items", produces = GEOJSON)
    Map<String, Object> items(
            @PathVariable String collectionId,
            @RequestParam(required = false) @Nullable String bbox,
            @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit,
            @RequestParam(defaultValue = "0") long offset,
            @RequestParam Map<String, String> parameters,
            HttpServletRequest request) {
        if (limit < 1 || offset < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be at least 1 and offset at least 0");
        }
        FeatureQuery query = new FeatureQuery(box(bbox), Math.min(limit, MAX_LIMIT), offset, parameters);
        FeaturePage page = source(collectionId).items(scopes.current(), query);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "FeatureCollection");
        out.put(
                "timeStamp",
                OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        out.put("numberMatched", page.numberMatched());
        out.put("numberReturned", page.features().size());
        out.put("features", page.features());
        out.put("links", OgcLinks.pageLinks(request, query, page));
        return out;
    }

    @GetMapping(path = "/collections/{collectionId}/items/{featureId}", produces = GEOJSON)
    Map<String, Object> item(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @RequestParam Map<String, String> parameters,
            HttpServletRequest request) {
        FeatureQuery query = new FeatureQuery(FeatureQuery.WORLD, MAX_LIMIT, 0, parameters);
        Map<String, Object> feature = new LinkedHashMap<>(source(collectionId)
                .item(scopes.current(), featureId, query)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "no feature " + featureId + " in " + collectionId)));
        String base = OgcLinks.base(request) + "/ogc/collections/" + collectionId;
        feature.put(
                "links",
                List.of(
                        OgcLinks.link(base + "/items/" + featureId, "self", GEOJSON, "This feature"),
                        OgcLinks.link(base, "collection", "application/json", "The collection")));
        return feature;
    }

    private FeatureSource source(String id) {
        FeatureSource source = sources.get(id);
        if (source == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no collection " + id + "; see /ogc/collections");
        }
        return source;
    }

    private static Bbox box(@Nullable String bbox) {
        if (bbox == null) {
            return FeatureQuery.WORLD;
        }
        try {
            return Bbox.parse(bbox);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
    }
}
