import copy
from collections import deque

import torch
import torch.nn.functional as F


class Runner:
    def __init__(self, model, keep=3):
        self.model = model.train()
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.recent = deque(maxlen=keep)
        self.scores = []
        self.val = (torch.randn(6, 8, 6), torch.randint(0, 4, (6,)))

    def fit(self, steps=3):
        for _ in range(steps):
            x, y = torch.randn(4, 8, 6), torch.randint(0, 4, (4,))
            loss = F.cross_entropy(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    def snapshot(self):
        snap = copy.deepcopy(self.model).eval()
        with torch.no_grad():
            x, y = self.val
            self.scores.append(float((snap(x).argmax(-1) == y).float().mean()))
        self.recent.append(snap)
