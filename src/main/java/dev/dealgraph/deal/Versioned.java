package dev.dealgraph.deal;

/**
 * What a write to a deal left behind: the stored object, the deal's new version (its
 * ETag) and whether the write created the object.
 *
 * @param <T> the object written
 * @param body the object as stored
 * @param version the deal's version after the write
 * @param created whether the object did not exist before
 */
public record Versioned<T>(T body, long version, boolean created) {
}
