package org.isnad.core.model;

import java.util.List;

/**
 * A typed key for one annotation layer of a {@link Document}. Layers are identified by name; the
 * type parameter lets {@link Document#get(Layer)} return the right type without casts at call sites.
 */
public final class Layer<T> {
    public static final Layer<NormalizedText> NORMALIZED = new Layer<>("normalized");
    public static final Layer<List<Token>> TOKENS = new Layer<>("tokens");
    public static final Layer<List<Sentence>> SENTENCES = new Layer<>("sentences");
    public static final Layer<List<Span>> BOILERPLATE = new Layer<>("boilerplate");
    public static final Layer<Meta> META = new Layer<>("meta");
    public static final Layer<List<Quantity>> QUANTITIES = new Layer<>("quantities");
    public static final Layer<List<TimeExpression>> TIMES = new Layer<>("times");
    /** Catalogue (gazetteer) matches: names, aliases, metonyms, nominal heads. */
    public static final Layer<List<EntityMention>> MENTIONS = new Layer<>("mentions");
    /** Names found by the statistical tagger. */
    public static final Layer<List<EntityMention>> NER_MENTIONS = new Layer<>("ner_mentions");
    public static final Layer<List<Entity>> ENTITIES = new Layer<>("entities");
    public static final Layer<List<Claim>> CLAIMS = new Layer<>("claims");
    public static final Layer<List<Event>> EVENTS = new Layer<>("events");
    public static final Layer<List<Narrative>> NARRATIVES = new Layer<>("narratives");

    private final String name;

    public Layer(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
