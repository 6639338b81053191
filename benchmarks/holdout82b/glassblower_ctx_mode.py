# expect: crash
"""Glassblower furnace temps: a class context manager puts the model in eval on __enter__; the backward runs inside it."""
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
with Evaluating(model) as m:
    h, _ = m.rnn(x)
    loss = nn.functional.mse_loss(head(h[:, -1]), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
opt.step()
print("loss", loss.item())
