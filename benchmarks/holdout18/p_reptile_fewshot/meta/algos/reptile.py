import copy

import torch
import torch.nn.functional as F


class Reptile:
    def __init__(self, model, inner_lr=0.05, meta_lr=0.5, inner_steps=2):
        self.model, self.inner_lr, self.meta_lr, self.k = model, inner_lr, meta_lr, inner_steps

    def adapt(self, learner, x, y):
        opt = torch.optim.SGD(learner.parameters(), lr=self.inner_lr)
        for _ in range(self.k):
            opt.zero_grad()
            F.mse_loss(learner(x), y).backward()  # TM001-here
            opt.step()
        return learner

    def meta_step(self, task):
        learner = self.adapt(copy.deepcopy(self.model), *task)
        with torch.no_grad():
            for p, q in zip(self.model.parameters(), learner.parameters()):
                p.add_(self.meta_lr * (q - p))

    def meta_test(self, task):
        self.model.eval()
        learner = self.adapt(copy.deepcopy(self.model), *task)
        with torch.no_grad():
            return F.mse_loss(learner(task[0]), task[1]).item()
