import torch
import torch.nn as nn
import torch.nn.functional as F


class WakeWordConfidence(nn.Module):
    def __init__(self, n_mfcc=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_mfcc, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1]).squeeze(-1)


def batch(bs=4):
    return torch.randn(bs, 10, 6), torch.randint(0, 2, (bs,)).float()


def evaluate(model):
    model.eval()
    x, y = batch()
    with torch.no_grad():
        return float(F.binary_cross_entropy_with_logits(model(x), y))


def fit(model, steps=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    hist = []
    for _ in range(steps):
        model.train()
        x, y = batch()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        hist.append(round(float(loss), 4))
    return hist
