# expect: crash
"""A validation helper takes the gradient of the loss with respect to every parameter, in eval mode: the
graph runs back into the LSTM. The helper is reached only through the trainer the script calls with its
model."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BedForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def validation_grad_norm(model, data):
    model.eval()
    loss = sum(F.mse_loss(model(x), y) for x, y in data) / len(data)
    grads = torch.autograd.grad(loss, list(model.parameters()))  # TM001-here
    return sum(float(g.pow(2).sum()) for g in grads) ** 0.5


def fit(model, train, val, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(epochs):
        model.train()
        for x, y in train:
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
        print(validation_grad_norm(model, val))


data = [(torch.randn(4, 6, 5), torch.randn(4)) for _ in range(2)]
fit(BedForecaster(), data, data[:1])
