package dev.inkwell.errors;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text's length in Unicode code points, as PostgreSQL's {@code char_length} counts it
 * (Bean Validation's {@code @Size} counts UTF-16 units, so one emoji would count twice).
 * Null is valid: GraphQL's non-null types say whether a value is required.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextLength.Validator.class)
public @interface TextLength {

	int min() default 0;

	int max();

	/**
	 * A limit in UTF-8 bytes as well, for BCrypt, which reads at most 72 bytes of a
	 * password.
	 */
	int maxUtf8Bytes() default Integer.MAX_VALUE;

	String message() default "{min} to {max} characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Counts code points, not chars. */
	class Validator implements ConstraintValidator<TextLength, String> {

		private TextLength limits;

		@Override
		public void initialize(TextLength limits) {
			this.limits = limits;
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			int length = value.codePointCount(0, value.length());
			return length >= limits.min() && length <= limits.max() && (limits.maxUtf8Bytes() == Integer.MAX_VALUE
					|| value.getBytes(StandardCharsets.UTF_8).length <= limits.maxUtf8Bytes());
		}

	}

}
