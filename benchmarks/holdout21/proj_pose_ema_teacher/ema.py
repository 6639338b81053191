import contextlib
import copy

import torch


class EMATeacher:
    def __init__(self, student, decay=0.9):
        self.decay = decay
        self.shadow = copy.deepcopy(student.state_dict())

    @torch.no_grad()
    def update(self, student):
        for k, v in student.state_dict().items():
            if v.dtype.is_floating_point:
                self.shadow[k].mul_(self.decay).add_(v, alpha=1 - self.decay)

    @contextlib.contextmanager
    def swapped_in(self, student):
        """Temporarily load the EMA weights into the student (for evaluation)."""
        backup = copy.deepcopy(student.state_dict())
        student.load_state_dict(self.shadow)
        try:
            yield student
        finally:
            student.load_state_dict(backup)
