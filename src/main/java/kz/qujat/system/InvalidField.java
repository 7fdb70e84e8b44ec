package kz.qujat.system;

/**
 * One request field breaks one rule, found outside Bean Validation (e.g. a query parameter). Answered
 * like a validation failure: {@code /problems/invalid-request} with the field, the rule and the rule's
 * message ({@code rule.<rule>}).
 */
public class InvalidField extends Failure {

	private final String rule;

	public InvalidField(String field, String rule) {
		super(Kind.INVALID, "invalid-request", field, field + " breaks " + rule, null, 1);
		this.rule = rule;
	}

	public String rule() {
		return rule;
	}
}
