package org.doorstep.engine.access;

/**
 * The two-step floating catchment (Luo and Wang 2003) and, with a stepwise decay, its enhanced form E2SFCA (Luo and
 * Qi 2009). Step one gives each facility j its supply-to-demand ratio {@code R_j = S_j / Σ_k D_k · W(t_kj)} over the
 * buildings k it reaches; step two gives each building i {@code A_i = Σ_j R_j · W(t_ij)} over the facilities it
 * reaches. W is 1 within the catchment and 0 beyond for the classic form, the decay's weight for E2SFCA.
 *
 * <p>A facility with no weighted demand in reach has no ratio ({@code NaN}: there is nobody to divide by) and adds
 * nothing to any building. A building reaching no facility, or not snapped, has accessibility 0.
 */
final class TwoStepFloatingCatchment {

    final double[] facilityRatio;
    final double[] accessibility;

    private TwoStepFloatingCatchment(double[] facilityRatio, double[] accessibility) {
        this.facilityRatio = facilityRatio;
        this.accessibility = accessibility;
    }

    /**
     * @param supply S_j in the order of the reach's facilities
     * @param demand D_k per building id
     */
    static TwoStepFloatingCatchment compute(
            FacilityReach reach, double[] supply, double[] demand, DecayFunction decay) {
        double[] ratio = new double[reach.facilityCount()];
        double[] accessibility = new double[demand.length];
        for (int j = 0; j < ratio.length; j++) {
            double weightedDemand = 0;
            for (int pair = reach.firstPair(j); pair < reach.endPair(j); pair++) {
                weightedDemand += demand[reach.building(pair)] * decay.weight(reach.time_ms(pair));
            }
            ratio[j] = weightedDemand > 0 ? supply[j] / weightedDemand : Double.NaN;
        }
        for (int j = 0; j < ratio.length; j++) {
            if (!Double.isNaN(ratio[j])) {
                for (int pair = reach.firstPair(j); pair < reach.endPair(j); pair++) {
                    accessibility[reach.building(pair)] += ratio[j] * decay.weight(reach.time_ms(pair));
                }
            }
        }
        return new TwoStepFloatingCatchment(ratio, accessibility);
    }
}
