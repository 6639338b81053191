# expect: clean
"""Rope-walk tension forecasting with test-time training: before predicting each test batch the
encoder takes one step on a masked-reconstruction loss.  The model is put in eval (dropout off in
the heads), and only the encoder - which holds the GRU - is switched back to train for the step."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(12)


class Encoder(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0]


class TensionModel(nn.Module):
    def __init__(self, n_in=3, hidden=10):
        super().__init__()
        self.encoder = Encoder(n_in, hidden)
        self.recon = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, n_in))
        self.forecast = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        h = self.encoder(x)
        return self.forecast(h[:, -1]).squeeze(-1), self.recon(h)


def ttt_predict(model, x, lr=1e-2):
    adapted = copy.deepcopy(model)
    adapted.eval()
    adapted.encoder.train()
    opt = torch.optim.SGD(adapted.encoder.parameters(), lr=lr)
    mask = (torch.rand_like(x) > 0.2).float()
    _, rec = adapted(x * mask)
    loss = ((rec - x) ** 2 * (1 - mask)).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    with torch.no_grad():
        return adapted(x)[0]


model = TensionModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randn(5, 8, 3), torch.randn(5)
    pred, rec = model(x)
    loss = ((pred - y) ** 2).mean() + ((rec - x) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
for b in range(2):
    print("batch", b, ttt_predict(model, torch.randn(4, 8, 3)).tolist())
