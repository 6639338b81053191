from dataclasses import dataclass

import torch


@dataclass
class RunState:
    model: torch.nn.Module = None
    step: int = 0


class Runner:
    def __init__(self, lr=0.05):
        self.lr = lr
        self.state = RunState()

    def attach(self, model):
        self.state.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=self.lr)

    def train_step(self, x, y):
        loss = torch.nn.functional.mse_loss(self.state.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.state.step += 1
