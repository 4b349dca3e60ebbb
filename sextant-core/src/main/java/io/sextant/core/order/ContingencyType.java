package io.sextant.core.order;

/** How an order is linked to others in an order list. */
public enum ContingencyType {
    /** Not linked. */
    NONE,
    /** One cancels the other: a fill of one cancels its siblings. */
    OCO,
    /** One triggers the other: the children are released when this parent is filled. */
    OTO
}
