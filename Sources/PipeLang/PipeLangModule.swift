public enum PipeLangModule {}
