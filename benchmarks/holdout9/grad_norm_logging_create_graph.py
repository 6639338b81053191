# expect: clean
"""Gradient-norm monitoring with create_graph=True left on by habit: the gradients are only read (norms logged),
never differentiated again, and the step's own backward is first order."""
import torch
import torch.nn as nn


class Monitor:
    def __init__(self, model):
        self.model = model
        self.history = {}

    def __call__(self, loss, tag):
        grads = torch.autograd.grad(loss, list(self.model.parameters()), create_graph=True, retain_graph=True)
        self.history.setdefault(tag, []).append(sum(g.detach().norm() ** 2 for g in grads).sqrt().item())


def make_model():
    return nn.ModuleDict({"rnn": nn.LSTM(3, 7, batch_first=True), "out": nn.Linear(7, 1)})


def forward(model, x):
    h, _ = model["rnn"](x)
    return model["out"](h[:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    model = make_model()
    monitor = Monitor(model)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for step in range(3):
        x, y = torch.randn(5, 4, 3), torch.randn(5, 1)
        loss = nn.functional.mse_loss(forward(model, x), y)
        monitor(loss, "train")
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(monitor.history)
