/**
 * The engine's public entry points, the only API the app, the command line and planning call: {@link
 * org.doorstep.engine.CityNetwork} joins a city's buildings and facilities to its walking graph, and {@link
 * org.doorstep.engine.AccessAnalysis} evaluates walking access per service category, and {@link
 * org.doorstep.engine.SiteSelection} recommends candidate sites from that access.
 */
@org.jspecify.annotations.NullMarked
package org.doorstep.engine;
