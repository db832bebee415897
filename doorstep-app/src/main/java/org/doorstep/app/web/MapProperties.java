package org.doorstep.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The base map: empty {@code tileUrl} (the default) draws the city's own roads, buildings and boundaries, so that the
 * map works offline; a deployment with a tile server sets {@code doorstep.map.tile-url} (a Leaflet URL template such as
 * {@code https://tiles.example/{z}/{x}/{y}.png}) and its attribution.
 */
@ConfigurationProperties("doorstep.map")
record MapProperties(String tileUrl, String tileAttribution) {

    MapProperties {
        tileUrl = tileUrl == null ? "" : tileUrl.trim();
        tileAttribution = tileAttribution == null ? "" : tileAttribution;
    }
}
