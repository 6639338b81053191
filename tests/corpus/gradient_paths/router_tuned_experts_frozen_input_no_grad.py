# expect: clean
"""Gesture recognition with two recurrent experts and a router: after an evaluation pass, a helper freezes the
experts and tunes only the router. The windows it is given need no grad, so no graph reaches the frozen
experts' LSTM and GRU: only the router and the head get gradients."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Experts(nn.Module):
    def __init__(self):
        super().__init__()
        self.slow = nn.LSTM(3, 5, batch_first=True)
        self.fast = nn.GRU(3, 5, batch_first=True)
        self.router = nn.Linear(3, 2)
        self.out = nn.Linear(5, 4)

    def forward(self, x):
        w = F.softmax(self.router(x.mean(1)), -1)
        mixed = w[:, :1] * self.slow(x)[0][:, -1] + w[:, 1:] * self.fast(x)[0][:, -1]
        return self.out(mixed)


def tune_router(model, windows, labels):
    for expert in (model.slow, model.fast):
        expert.requires_grad_(False)
    opt = torch.optim.SGD(model.router.parameters(), lr=0.1)
    loss = F.cross_entropy(model(windows), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


model = Experts()
windows = torch.randn(6, 9, 3)
labels = torch.randint(0, 4, (6,))
model.eval()
print(tune_router(model, windows, labels))
