package io.sextant.engine.venue;

import java.util.Objects;

/**
 * How the simulated venue fills.
 *
 * @param barFillMode        when market orders placed on a bar fill (default next open)
 * @param limitTouchFills    if true, a limit fills when the bar only touches its price; by default the
 *                           bar must trade through it
 * @param volumeParticipation the largest share of a bar's volume one bar's fills may take, in (0, 1];
 *                           0 means no cap (optimistic; the run says so)
 * @param slippage           slippage of taker fills
 * @param fees               fees
 * @param latency            order, modify and cancel latency
 */
public record VenueConfig(BarFillMode barFillMode, boolean limitTouchFills, double volumeParticipation,
                          SlippageModel slippage, FeeModel fees, LatencyModel latency) {

    public VenueConfig {
        Objects.requireNonNull(barFillMode, "barFillMode");
        Objects.requireNonNull(slippage, "slippage");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(latency, "latency");
        if (!(volumeParticipation >= 0 && volumeParticipation <= 1)) {
            throw new IllegalArgumentException("volume participation must be in [0, 1], was " + volumeParticipation);
        }
    }

    /** Next-open fills, through-fills for limits, no volume cap, the given fees, no slippage or latency. */
    public static VenueConfig defaults(FeeModel fees) {
        return new VenueConfig(BarFillMode.NEXT_OPEN, false, 0, SlippageModel.NONE, fees, LatencyModel.NONE);
    }

    public VenueConfig withBarFillMode(BarFillMode mode) {
        return new VenueConfig(mode, limitTouchFills, volumeParticipation, slippage, fees, latency);
    }

    public VenueConfig withLimitTouchFills(boolean touch) {
        return new VenueConfig(barFillMode, touch, volumeParticipation, slippage, fees, latency);
    }

    public VenueConfig withVolumeParticipation(double share) {
        return new VenueConfig(barFillMode, limitTouchFills, share, slippage, fees, latency);
    }

    public VenueConfig withSlippage(SlippageModel model) {
        return new VenueConfig(barFillMode, limitTouchFills, volumeParticipation, model, fees, latency);
    }

    public VenueConfig withFees(FeeModel model) {
        return new VenueConfig(barFillMode, limitTouchFills, volumeParticipation, slippage, model, latency);
    }

    public VenueConfig withLatency(LatencyModel model) {
        return new VenueConfig(barFillMode, limitTouchFills, volumeParticipation, slippage, fees, model);
    }
}
