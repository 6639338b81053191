# expect: clean
"""Test-time training for glue-cure prediction in a bookbinding workshop.

Main task: from humidity/temperature/press-pressure traces, predict the minutes until the
spine glue has cured. Auxiliary self-supervised task: reconstruct masked readings. At test
time, each batch gets one auxiliary step before prediction (test-time training); the
adaptation step is run in train mode and prediction in eval mode.
"""
import copy

import torch
from torch import nn
from torch.nn import functional as F


class GlueNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.encoder = nn.LSTM(3, hidden, batch_first=True)
        self.cure_head = nn.Linear(hidden, 1)
        self.recon_head = nn.Linear(hidden, 3)
        self.drop = nn.Dropout(0.2)

    def features(self, x):
        h, _ = self.encoder(x)
        return self.drop(h)

    def forward(self, x):
        return self.cure_head(self.features(x)[:, -1]).squeeze(-1)

    def reconstruct(self, x):
        return self.recon_head(self.features(x))


def traces(bs=5, T=12, shift=0.0):
    x = torch.randn(bs, T, 3) + shift
    y = 30 + 5 * x[:, :, 0].mean(1) - 3 * x[:, :, 1].mean(1)
    return x, y


def masked_recon_loss(model, x, p=0.3):
    mask = (torch.rand(x.shape[:2]) < p).unsqueeze(-1)
    return F.mse_loss(model.reconstruct(x.masked_fill(mask, 0.0))[mask.expand_as(x)], x[mask.expand_as(x)])


def joint_train(model, steps=6):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        x, y = traces()
        loss = F.mse_loss(model(x), y) + masked_recon_loss(model, x)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def predict_with_ttt(base_model, batches, lr=1e-3):
    errors = []
    for x, y in batches:
        model = copy.deepcopy(base_model)
        opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
        model.train()
        aux = masked_recon_loss(model, x)
        opt.zero_grad()
        aux.backward()
        opt.step()
        model.eval()
        with torch.no_grad():
            errors.append((model(x) - y).abs().mean().item())
    return sum(errors) / len(errors)


if __name__ == "__main__":
    torch.manual_seed(4)
    model = GlueNet()
    print("joint train loss", round(joint_train(model), 4))
    model.eval()
    with torch.no_grad():
        x, y = traces(shift=0.5)
        print("no-TTT MAE on a humid day", round((model(x) - y).abs().mean().item(), 3))
    print("TTT MAE on a humid day", round(predict_with_ttt(model, [traces(shift=0.5) for _ in range(3)]), 3))
