public enum AnnotationsModule {}
