package kz.qujat.registry;

import kz.qujat.system.Iin;

/** The person a paper is issued to, as the journal keeps them; a paper about the school has none. */
public record Holder(String name, Iin iin) {
}
