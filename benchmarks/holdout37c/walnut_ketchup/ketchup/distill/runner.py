from types import SimpleNamespace

import torch
import torch.nn.functional as F


class DistillRunner:
    def __init__(self, teacher, student, temperature=2.0, alpha=0.7):
        self.state = SimpleNamespace(models={"teacher": teacher, "student": student}, step=0)
        self.opt = torch.optim.Adam(student.parameters(), lr=3e-3)
        self.t, self.alpha = temperature, alpha

    def soft_targets(self, x):
        teacher = self.state.models["teacher"]
        teacher.eval()
        with torch.no_grad():
            return F.softmax(teacher(x) / self.t, -1)

    def train_step(self, x, y):
        student = self.state.models["student"]
        student.train()
        soft = self.soft_targets(x)
        logits = student(x)
        kd = F.kl_div(F.log_softmax(logits / self.t, -1), soft, reduction="batchmean") * self.t ** 2
        loss = self.alpha * kd + (1 - self.alpha) * F.cross_entropy(logits, y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.state.step += 1
        return loss.item()
