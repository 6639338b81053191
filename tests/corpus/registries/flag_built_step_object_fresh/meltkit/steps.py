import torch
import torch.nn.functional as F


class Step:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer

    def __call__(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()


def make_step(model, lr=1e-2):
    return Step(model, torch.optim.SGD(model.parameters(), lr=lr))
