package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.mla.para.model.Claim;
import org.mla.para.model.constraints.UniqueClaimIds;

public final class UniqueClaimIdsValidator implements ConstraintValidator<UniqueClaimIds, List<Claim>> {

    @Override
    public boolean isValid(List<Claim> claims, ConstraintValidatorContext context) {
        return IndexedDuplicates.report(claims, Claim::id, "id", Messages.hibernate(context));
    }
}
