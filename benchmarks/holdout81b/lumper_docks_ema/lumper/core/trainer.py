import copy

import torch
import torch.nn.functional as F

from ..losses import consistency


class ConsistencyTrainer:
    def __init__(self, model, ema, weight):
        self._student = model
        self.teacher = copy.deepcopy(model)
        for p in self.teacher.parameters():
            p.requires_grad_(False)
        self.ema = ema
        self.weight = weight
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    @property
    def student(self):
        return self._student

    @property
    def predictor(self):
        """Deterministic view of the teacher used for targets."""
        self.teacher.eval()
        return self.teacher

    def update_teacher(self):
        with torch.no_grad():
            for t, s in zip(self.teacher.parameters(), self.student.parameters()):
                t.mul_(self.ema).add_(s, alpha=1 - self.ema)

    def step(self, x, y, x_unlab):
        self.student.train()
        sup = F.cross_entropy(self.student(x), y)
        noisy = x_unlab + 0.05 * torch.randn_like(x_unlab)
        target = self.predictor(x_unlab)
        cons = consistency(self.student(noisy), target)
        loss = sup + self.weight * cons
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.update_teacher()
        return loss.item()

    def epoch(self, n_batches):
        losses = []
        for _ in range(n_batches):
            x, y = torch.randn(4, 5, 3), torch.randint(0, 4, (4,))
            losses.append(self.step(x, y, torch.randn(6, 5, 3)))
        return sum(losses) / len(losses)
