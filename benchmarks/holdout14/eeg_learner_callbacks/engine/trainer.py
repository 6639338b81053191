import contextlib
from functools import cached_property

import torch
import torch.nn.functional as F

from models import create_model


class Learner:
    def __init__(self, arch, lr, callbacks=()):
        self.arch, self.lr, self.callbacks = arch, lr, list(callbacks)
        self.state = {"best_val": float("inf"), "stop": False}
        self.train_x, self.train_y = torch.randn(8, 16, 4), torch.randint(0, 2, (8,))
        self.val_x, self.val_y = torch.randn(4, 16, 4), torch.randint(0, 2, (4,))

    @cached_property
    def net(self):
        return create_model(self.arch)

    @cached_property
    def opt(self):
        return torch.optim.Adam(self.net.parameters(), lr=self.lr)

    def validate(self):
        with torch.no_grad():
            return F.cross_entropy(self.net(self.val_x), self.val_y).item()

    def one_epoch(self):
        for i in range(0, 8, 4):
            loss = F.cross_entropy(self.net(self.train_x[i:i + 4]), self.train_y[i:i + 4])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    def fit(self, epochs):
        self.net.train()
        for epoch in range(epochs):
            with contextlib.ExitStack() as stack:
                for cb in self.callbacks:
                    stack.enter_context(cb.epoch(self) if hasattr(cb, "epoch") else contextlib.nullcontext())
                self.one_epoch()
            if self.state["stop"]:
                break
