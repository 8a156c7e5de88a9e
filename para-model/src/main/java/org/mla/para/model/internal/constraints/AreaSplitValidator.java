package org.mla.para.model.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.mla.para.model.AreaShare;
import org.mla.para.model.constraints.AreaSplit;

public final class AreaSplitValidator implements ConstraintValidator<AreaSplit, List<AreaShare>> {

    private static final int WHOLE = 100;

    @Override
    public boolean isValid(List<AreaShare> shares, ConstraintValidatorContext context) {
        if (shares == null) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = Messages.hibernate(context);
        hibernate.disableDefaultConstraintViolation();
        boolean valid = true;
        int sum = 0;
        boolean complete = true;
        for (AreaShare share : shares) {
            if (share == null || share.percent() == null) {
                complete = false;
            } else {
                sum += share.percent();
            }
        }
        // The violation on the list itself first: building one on an element changes the builder's path.
        if (complete && sum != WHOLE) {
            valid = false;
            hibernate.addMessageParameter("sum", sum);
            hibernate.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addConstraintViolation();
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            AreaShare share = shares.get(i);
            Integer first = share == null || share.area() == null ? null : firstIndex.putIfAbsent(share.area(), i);
            if (first != null) {
                valid = false;
                hibernate.addMessageParameter("area", share.area()).addMessageParameter("first", first);
                hibernate.buildConstraintViolationWithTemplate("{org.mla.para.model.constraints.AreaSplit.repeated}")
                        .addPropertyNode("area").inIterable().atIndex(i)
                        .addConstraintViolation();
            }
        }
        return valid;
    }
}
