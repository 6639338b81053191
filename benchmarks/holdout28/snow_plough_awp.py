# expect: clean
"""Snow-plough route time with adversarial weight perturbation on the RNN weights only."""
import torch
from torch import nn


class Route(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


def val_loss(model, x, y):
    model.eval()
    with torch.no_grad():
        v = nn.functional.mse_loss(model(x), y).item()
    model.train()
    return v


model = Route()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(6, 10, 4), torch.randn(6, 1)
rnn_params = list(model.rnn.parameters())
for epoch in range(2):
    print("val", val_loss(model, x, y))
    loss = nn.functional.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, rnn_params)
    deltas = []
    with torch.no_grad():
        for p, g in zip(rnn_params, grads):
            d = 0.01 * p.norm() * g / (g.norm() + 1e-12)
            p.add_(d)
            deltas.append(d)
    adv = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    adv.backward()
    with torch.no_grad():
        for p, d in zip(rnn_params, deltas):
            p.sub_(d)
    opt.step()
print("adv", adv.item())
