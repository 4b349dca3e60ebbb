package io.sextant.core.id;

/**
 * An account at a venue.
 *
 * @param value the identifier text
 */
public record AccountId(String value) implements Comparable<AccountId> {
    public AccountId {
        Ids.require(value, "AccountId");
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    @Override
    public int compareTo(AccountId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
