"""A first-order Reptile meta-learner: inner-loop SGD on a copy of the model, then a step towards its weights."""
import copy

import torch
import torch.nn as nn


class Reptile:
    def __init__(self, model, inner_lr=0.02, meta_lr=0.1, inner_steps=3):
        self.model = model
        self.inner_lr = inner_lr
        self.meta_lr = meta_lr
        self.inner_steps = inner_steps

    def adapt(self, learner, x, y):
        opt = torch.optim.SGD(learner.parameters(), lr=self.inner_lr)
        for _ in range(self.inner_steps):
            loss = nn.functional.mse_loss(learner(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return learner

    def meta_step(self, x, y):
        learner = self.adapt(copy.deepcopy(self.model), x, y)
        with torch.no_grad():
            for p, q in zip(self.model.parameters(), learner.parameters()):
                p.add_(self.meta_lr * (q - p))

    def meta_test(self, x_support, y_support, x_query, y_query):
        self.model.eval()
        learner = self.adapt(copy.deepcopy(self.model), x_support, y_support)
        with torch.no_grad():
            return nn.functional.mse_loss(learner(x_query), y_query).item()
