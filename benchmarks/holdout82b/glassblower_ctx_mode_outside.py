# expect: clean
"""Glassblower furnace temps: the eval context only wraps a no-grad probe; the training forward and backward run after __exit__."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class Evaluating:
    def __init__(self, model):
        self.model = model

    def __enter__(self):
        self.prev = self.model.training
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.prev)
        return False


model = nn.Sequential()
model.rnn = nn.GRU(2, 5, batch_first=True)
head = nn.Linear(5, 1)
opt = torch.optim.SGD(list(model.parameters()) + list(head.parameters()), lr=0.1)
x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
with Evaluating(model) as m, torch.no_grad():
    print("probe", m.rnn(x)[0].mean().item())
h, _ = model.rnn(x)
loss = nn.functional.mse_loss(head(h[:, -1]), y)
opt.zero_grad()
loss.backward()
opt.step()
print("loss", loss.item())
