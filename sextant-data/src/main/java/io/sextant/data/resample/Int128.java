package io.sextant.data.resample;

import java.math.BigInteger;

/** A signed 128-bit accumulator for sums of products (price x size) that overflow a long. */
final class Int128 {
    private long hi;
    private long lo;

    void clear() {
        hi = 0;
        lo = 0;
    }

    /** Adds {@code a * b} exactly. */
    void addProduct(long a, long b) {
        long pHi = Math.multiplyHigh(a, b);
        long pLo = a * b;
        long sum = lo + pLo;
        long carry = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
        lo = sum;
        hi = hi + pHi + carry;
    }

    BigInteger toBigInteger() {
        return BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    }

    boolean isZero() {
        return hi == 0 && lo == 0;
    }
}
