from .report import TeacherReport

__all__ = ["TeacherReport"]
