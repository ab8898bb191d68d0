public enum ShellModule {}
