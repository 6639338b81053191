# expect: clean
"""Harpsichord tuning-stability classifier with a mean (EMA) teacher for consistency regularisation.

Only a few tunings are labelled (stable / drifts within a week). Unlabelled recordings get a
consistency loss between the student on a noisy view and the EMA teacher on another view.
The training step is a callable object; the teacher is an eval-mode copy whose parameters
never require grad.
"""
import copy

import torch
from torch import nn
from torch.nn import functional as F


class TuningGRU(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(self.drop(h[:, -1]))


def augment(x, sigma=0.05):
    return x + sigma * torch.randn_like(x)


class MeanTeacherStep:
    def __init__(self, student, lr=3e-3, ema=0.9, w_cons=1.0):
        self.student = student
        self.teacher = copy.deepcopy(student)
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.teacher.eval()
        self.ema = ema
        self.w_cons = w_cons
        self.opt = torch.optim.Adam(student.parameters(), lr=lr)
        self.n = 0

    @torch.no_grad()
    def _update_teacher(self):
        for pt, ps in zip(self.teacher.parameters(), self.student.parameters()):
            pt.mul_(self.ema).add_(ps, alpha=1 - self.ema)

    def __call__(self, labelled, unlabelled):
        self.student.train()
        x, y = labelled
        sup = F.cross_entropy(self.student(augment(x)), y)
        t_prob = F.softmax(self.teacher(augment(unlabelled)), -1)
        s_logp = F.log_softmax(self.student(augment(unlabelled)), -1)
        cons = F.kl_div(s_logp, t_prob, reduction="batchmean")
        loss = sup + self.w_cons * cons
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self._update_teacher()
        self.n += 1
        return sup.item(), cons.item()


def recordings(n, T=10):
    # per-string: pitch error, temperature, humidity, pin torque
    x = torch.randn(n, T, 4)
    return x, (x[:, :, 3].mean(1) < 0).long()


if __name__ == "__main__":
    torch.manual_seed(10)
    step = MeanTeacherStep(TuningGRU())
    for i in range(5):
        sup, cons = step(recordings(4), recordings(8)[0])
        print(f"step {step.n}: supervised {sup:.4f} consistency {cons:.5f}")
