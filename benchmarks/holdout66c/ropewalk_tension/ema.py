"""EMA teacher for consistency regularisation (rope-walk tension project)."""
import copy

import torch


class EMATeacher:
    def __init__(self, student, decay=0.9):
        self.decay = decay
        self.model = copy.deepcopy(student).eval()
        for p in self.model.parameters():
            p.requires_grad_(False)

    @torch.no_grad()
    def update(self, student):
        for t, s in zip(self.model.parameters(), student.parameters()):
            t.mul_(self.decay).add_(s.detach(), alpha=1 - self.decay)

    @torch.no_grad()
    def predict(self, x):
        return torch.softmax(self.model(x), dim=-1)
