package org.mla.para.model;

import org.apiguardian.api.API;

/** What kind of piece a publication is. */
@API(status = API.Status.STABLE, since = "0.1")
public enum PublicationKind {
    ARTICLE,
    BOOK_CHAPTER,
    REVIEW,
    NEWSLETTER
}
