from collections import defaultdict

import torch
import torch.nn.functional as F


class HookedTrainer:
    def __init__(self, model, lr, epochs):
        self.model = model
        self.opt = torch.optim.RMSprop(model.parameters(), lr=lr)
        self.epochs = epochs
        self.epoch = 0
        self._hooks = defaultdict(list)

    def register(self, event, obj, method):
        self._hooks[event].append((obj, method))

    def call(self, event):
        for obj, method in self._hooks[event]:
            getattr(obj, method)(self)

    def step(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.call("after_step")

    def fit(self, loader):
        self.call("before_fit")
        for self.epoch in range(self.epochs):
            self.call("before_epoch")
            for x, y in loader:
                self.step(x, y)
            self.call("after_epoch")
