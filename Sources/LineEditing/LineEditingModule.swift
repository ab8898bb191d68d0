import CEditLine
public enum LineEditingModule {}
