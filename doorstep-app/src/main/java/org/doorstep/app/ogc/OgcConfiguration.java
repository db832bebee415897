package org.doorstep.app.ogc;

import org.doorstep.app.place.Places;
import org.doorstep.app.planning.EvaluationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two building collections: every building with its walking time, and only the blind spots. */
@Configuration(proxyBeanMethods = false)
class OgcConfiguration {

    @Bean
    BuildingFeatures buildingFeatures(EvaluationService evaluations, CitySelection cities, Places places) {
        return new BuildingFeatures("buildings", false, evaluations, cities, places);
    }

    @Bean
    BuildingFeatures blindSpotFeatures(EvaluationService evaluations, CitySelection cities, Places places) {
        return new BuildingFeatures("blindspots", true, evaluations, cities, places);
    }
}
