package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.mla.para.model.HeldLevel;
import org.mla.para.model.constraints.UniqueLevels;

public final class UniqueLevelsValidator implements ConstraintValidator<UniqueLevels, List<HeldLevel>> {

    @Override
    public boolean isValid(List<HeldLevel> levels, ConstraintValidatorContext context) {
        return IndexedDuplicates.report(levels, HeldLevel::level, "level", Messages.hibernate(context));
    }
}
