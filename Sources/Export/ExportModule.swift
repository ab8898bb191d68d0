public enum ExportModule {}
