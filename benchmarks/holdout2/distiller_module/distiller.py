"""A Distiller that owns a teacher and a student; the teacher is frozen and queried without autograd,
matching both logits and (projected) hidden states."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Distiller(nn.Module):
    def __init__(self, teacher, student, t_hidden, s_hidden, temperature=2.0, alpha=0.5, beta=0.1):
        super().__init__()
        self.teacher, self.student = teacher, student
        self.proj = nn.Linear(s_hidden, t_hidden)
        self.T, self.alpha, self.beta = temperature, alpha, beta
        for p in self.teacher.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.teacher.eval()  # the teacher never trains (dropout off, fixed targets)
        return self

    def forward(self, x, y):
        with torch.no_grad():
            t_logits, t_hidden = self.teacher(x)
        s_logits, s_hidden = self.student(x)
        kd = F.kl_div(F.log_softmax(s_logits / self.T, -1), F.softmax(t_logits / self.T, -1),
                      reduction="batchmean") * self.T ** 2
        hint = F.mse_loss(self.proj(s_hidden), t_hidden)
        ce = F.cross_entropy(s_logits, y)
        return (1 - self.alpha) * ce + self.alpha * kd + self.beta * hint
