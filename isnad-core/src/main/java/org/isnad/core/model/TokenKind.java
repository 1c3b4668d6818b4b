package org.isnad.core.model;

/** Coarse class of a token, decided by the tokenizer from its characters. */
public enum TokenKind {
    /** A run of letters (Arabic or Latin), possibly with internal diacritics or tatweel. */
    WORD,
    /** A run of digits in any script, with internal thousands or decimal separators. */
    NUMBER,
    /** A quotation mark of any style: " “ ” « » ‘ ’ '. */
    QUOTE,
    /** Sentence-final or clause punctuation and brackets. */
    PUNCT,
    /** Anything else that is not white space (symbols, %, $, URLs' pieces). */
    SYMBOL
}
