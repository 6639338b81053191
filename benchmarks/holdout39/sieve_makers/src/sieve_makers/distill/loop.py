import torch
import torch.nn.functional as F


class Distiller:
    def __init__(self, teacher, student, temperature=1.0):
        self.teacher = teacher
        self.student = student
        self.t = temperature
        self.opt = torch.optim.Adam(student.parameters(), lr=1e-3)

    def soft_targets(self, codes):
        self.teacher.eval()
        with torch.no_grad():
            return F.softmax(self.teacher(codes) / self.t, dim=-1)

    def fit(self, steps=1):
        self.student.train()
        for _ in range(steps):
            codes = torch.randint(0, 12, (4, 6))
            target = self.soft_targets(codes)
            logp = F.log_softmax(self.student(codes) / self.t, dim=-1)
            loss = F.kl_div(logp, target, reduction="batchmean") * self.t ** 2
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
