package org.doorstep.app.facility;

import java.math.BigDecimal;

/**
 * A capped price of a site-for-service contract: at most {@code maxPrice_yuan} per {@code unit} for {@code item}, for
 * example 15.00 yuan per meal for a lunch of the elderly canteen. Stored in fen, so at most two decimals.
 */
record PriceCap(String item, BigDecimal maxPrice_yuan, String unit) {}
