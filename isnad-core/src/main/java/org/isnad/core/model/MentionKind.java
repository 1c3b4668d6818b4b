package org.isnad.core.model;

/** How a mention names its entity (gold schema). */
public enum MentionKind {
    NAME, ALIAS, METONYM, NOMINAL;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }
}
