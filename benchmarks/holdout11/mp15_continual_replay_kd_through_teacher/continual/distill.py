import copy

import torch
import torch.nn.functional as F


class DistillationPlugin:
    """LwF-style: a frozen copy of the model from the previous experience acts as teacher.

    To keep teacher and student in the same input space after the embedding drifts, the teacher reads the
    *student's* current token embeddings.
    """

    def __init__(self, alpha=1.0, temperature=2.0):
        self.alpha, self.T, self.teacher = alpha, temperature, None

    def after_experience(self, model):
        self.teacher = copy.deepcopy(model).eval()
        for p in self.teacher.parameters():
            p.requires_grad_(False)

    def penalty(self, model, x, student_logits):
        if self.teacher is None:
            return student_logits.new_zeros(())
        teacher_logits = self.teacher.from_embeddings(model.embed(x))
        return self.alpha * F.kl_div(F.log_softmax(student_logits / self.T, -1),
                                     F.softmax(teacher_logits / self.T, -1), reduction="batchmean")
