package org.mla.para.model.internal.constraints;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Reports every element of a list whose key an earlier element already has, at its own index. */
final class IndexedDuplicates {

    private IndexedDuplicates() {
    }

    static <T, K> boolean report(List<T> elements, Function<T, K> key, String property,
            HibernateConstraintValidatorContext context) {
        if (elements == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Map<K, Integer> firstIndex = new HashMap<>();
        boolean valid = true;
        for (int i = 0; i < elements.size(); i++) {
            T element = elements.get(i);
            K value = element == null ? null : key.apply(element);
            if (value instanceof String text && text.isBlank()) {
                continue; // a blank key is its own problem, reported where it is required
            }
            Integer first = value == null ? null : firstIndex.putIfAbsent(value, i);
            if (first != null) {
                valid = false;
                context.addMessageParameter(property, value).addMessageParameter("first", first);
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(property).inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
