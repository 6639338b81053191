# expect: crash
"""Curb-chain strain forecaster: callbacks in a list, one logs input Jacobians with torch.func.jacrev."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(7)


class StrainRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


class PrintLoss:
    def __call__(self, step, model, batch, loss):
        print("step", step, "loss", round(loss, 4))


class JacobianSensitivity:
    def __init__(self, every=2):
        self.every = every

    def __call__(self, step, model, batch, loss):
        if step % self.every:
            return
        x0 = batch[0][:1]
        J = jacrev(lambda inp: model(inp).sum())(x0)  # TM002-here
        print("  sensitivity per lag", J.abs().sum(-1).squeeze(0).tolist())


def train(model, callbacks, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for step in range(steps):
        x, y = torch.randn(4, 5, 2), torch.randn(4, 1)
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        for cb in callbacks:
            cb(step, model, (x, y), loss.item())


train(StrainRNN(), [PrintLoss(), JacobianSensitivity()])
