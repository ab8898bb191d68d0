public enum ClaimTableModule {}
