package org.doorstep.engine.cli;

import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.population.Population;

/** What an evaluation computed, ready to be written. */
record Evaluation(CityNetwork network, Population population, AccessResult access) {}
