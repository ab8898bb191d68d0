// Placeholder: filled by the tagging work.
public enum ClaimTaggingModule {}
