package org.isnad.core.model;

/** An event with its trigger and arguments (entity ids or null). */
public record Event(String id, Span trigger, String type, String actor, String target, String location,
                    String time, String assertedBy, boolean negated) {
    public Event {
        if (id == null || trigger == null || type == null) {
            throw new IllegalArgumentException("event needs id, trigger and type");
        }
    }
}
