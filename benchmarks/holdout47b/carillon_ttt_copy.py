# expect: clean
"""Carillon bell-strike timing: test-time training on each incoming batch.

The deployed model is kept in eval mode; each batch adapts a fresh copy that is explicitly
put back into train mode before its self-supervised step."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(61)


class StrikeTimer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(2, hidden, batch_first=True)
        self.timing = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, 2)

    def encode(self, x):
        o, _ = self.encoder(x)
        return o[:, -1]

    def forward(self, x):
        return self.timing(self.encode(x))


def pretrain(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(4, 7, 2), torch.randn(4, 1)
        z = model.encode(x[:, :-1])
        loss = nn.functional.mse_loss(model.timing(z), y) + nn.functional.mse_loss(model.recon(z), x[:, -1])
        opt.zero_grad()
        loss.backward()
        opt.step()


def adapt_and_predict(deployed, x, lr=1e-3):
    local = copy.deepcopy(deployed).train()
    opt = torch.optim.SGD(local.encoder.parameters(), lr=lr)
    z = local.encode(x[:, :-1])
    loss = nn.functional.mse_loss(local.recon(z), x[:, -1])
    opt.zero_grad()
    loss.backward()
    opt.step()
    local.eval()
    with torch.no_grad():
        return local(x)


if __name__ == "__main__":
    model = StrikeTimer()
    pretrain(model)
    model.eval()
    for i in range(3):
        out = adapt_and_predict(model, torch.randn(3, 7, 2))
        print("batch", i, [round(v, 3) for v in out.flatten().tolist()])
