package org.wirefold.common.config;

/** A configuration value is missing or invalid; the message names the full key. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
