package dev.inkwell.tag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.inkwell.errors.InputText;
import dev.inkwell.errors.TextLength;
import jakarta.validation.constraints.Size;

/**
 * The names of setPostTags, trimmed, each once whatever its case (the first spelling
 * kept), so the limits count distinct tags.
 */
record TagNames(@Size(max = 10, message = "At most 10 tags") List<@TextLength(min = 1, max = 32) String> names) {

	TagNames {
		List<String> distinct = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : names) {
			String trimmed = InputText.trimmed(name);
			if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
				distinct.add(trimmed);
			}
		}
		names = List.copyOf(distinct);
	}

}
