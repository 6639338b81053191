import torch
import torch.nn.functional as F


class Distiller:
    def __init__(self, teacher, student, temperature=1.0):
        self.teacher = teacher
        self.student = student
        self.t = temperature
        self.opt = torch.optim.Adam(student.parameters(), lr=1e-3)

    def soft_targets(self, x):
        self.teacher.eval()
        with torch.no_grad():
            return F.softmax(self.teacher(x) / self.t, dim=-1)

    def fit(self, steps=1):
        self.student.train()
        for _ in range(steps):
            x = torch.randn(4, 6, 4)
            target = self.soft_targets(x)
            logp = F.log_softmax(self.student(x) / self.t, dim=-1)
            loss = F.kl_div(logp, target, reduction="batchmean") * self.t ** 2
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
