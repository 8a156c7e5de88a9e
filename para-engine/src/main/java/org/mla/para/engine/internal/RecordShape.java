package org.mla.para.engine.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.mla.para.model.ClaimType;

/** A record's field names, types and canonical constructor, looked up once per class. */
record RecordShape(List<String> names, List<Type> types, Constructor<?> constructor) {

    private static final ConcurrentHashMap<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

    private static final Set<String> CLAIM_FIELDS = Arrays.stream(ClaimType.values())
            .flatMap(type -> of(type.recordType()).names().stream())
            .collect(Collectors.toUnmodifiableSet());

    static RecordShape of(Class<?> type) {
        return SHAPES.computeIfAbsent(type, RecordShape::inspect);
    }

    /** Whether some claim type has a field of this name. */
    static boolean isClaimField(String name) {
        return CLAIM_FIELDS.contains(name);
    }

    /** A copy of {@code record} with one component replaced. */
    @SuppressWarnings("unchecked")
    static <R> R with(R record, String component, Object value) {
        RecordShape shape = of(record.getClass());
        Object[] args = new Object[shape.names().size()];
        for (int i = 0; i < args.length; i++) {
            try {
                args[i] = shape.names().get(i).equals(component) ? value
                        : record.getClass().getRecordComponents()[i].getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return (R) shape.construct(args);
    }

    Object construct(Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }

    private static RecordShape inspect(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return new RecordShape(Arrays.stream(components).map(RecordComponent::getName).toList(),
                    Arrays.stream(components).map(RecordComponent::getGenericType).toList(), constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }
}
