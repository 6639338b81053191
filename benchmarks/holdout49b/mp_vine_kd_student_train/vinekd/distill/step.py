import torch
import torch.nn.functional as F


class DistillStep:
    """Called once per batch: the teacher is evaluated, the student is trained on its soft labels."""

    def __init__(self, teacher, student, opt, tau=2.0, alpha=0.5):
        self.teacher, self.student, self.opt = teacher, student, opt
        self.tau, self.alpha = tau, alpha

    def __call__(self, x, y):
        self.teacher.eval()
        with torch.no_grad():
            soft = F.softmax(self.teacher(x) / self.tau, dim=-1)
        self.student.train()  # the encoder is shared with the teacher
        logits = self.student(x)
        kd = F.kl_div(F.log_softmax(logits / self.tau, dim=-1), soft, reduction="batchmean")
        loss = self.alpha * kd * self.tau ** 2 + (1 - self.alpha) * F.cross_entropy(logits, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()
