# expect: crash
"""Weir-gauge sensitivity: which upstream readings move the flow forecast most (torch.func.jacrev)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(8)


class FlowForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 8, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1])


model = FlowForecaster().train()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for _ in range(2):
    x, y = torch.randn(3, 6, 4), torch.randn(3, 2)
    loss = ((model(x) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


def forecast_one(seq):
    return model(seq.unsqueeze(0)).squeeze(0)


probe = torch.randn(6, 4)
J = jacrev(forecast_one)(probe)  # TM002-here
sens = J.abs().sum((0, 2))
print("most sensitive step", int(sens.argmax()), "shape", tuple(J.shape))
