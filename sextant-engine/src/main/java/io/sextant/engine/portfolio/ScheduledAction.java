package io.sextant.engine.portfolio;

import io.sextant.data.corporate.CorporateAction;

/**
 * A corporate action with the time it takes effect: the start of its ex-date in the instrument's
 * exchange time zone (epoch ns UTC).
 */
record ScheduledAction(long effectiveNs, CorporateAction action) {
}
