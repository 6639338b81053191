class TeacherPool:
    """Round-robin teacher per batch; optionally the student itself (self-distillation)."""

    def __init__(self, teachers, include=None):
        self.teachers = list(teachers) + ([include] if include is not None else [])
        self.i = 0

    def pick(self):
        t = self.teachers[self.i % len(self.teachers)]
        self.i += 1
        t.eval()
        return t
