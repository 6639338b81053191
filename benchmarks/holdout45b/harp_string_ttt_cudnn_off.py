# expect: clean
"""Harp string tension: estimate string tension from pluck envelopes.

Test-time training on each batch: the model is in eval mode (the dropout on the
head must stay off at test time) and a self-supervised reconstruction loss is
minimised for one step per batch before predicting. The adaptation forward and
its backward run with cuDNN switched off, which is what makes the eval-mode RNN
backward legal on the GPU.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(6)


class PluckModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.encoder = nn.LSTM(1, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, 1)
        self.drop = nn.Dropout(0.2)
        self.tension = nn.Linear(hidden, 1)

    def encode(self, env):
        h, _ = self.encoder(env)
        return h

    def forward(self, env):
        h = self.encode(env)
        return self.tension(self.drop(h[:, -1])).squeeze(-1)

    def ssl_loss(self, env):
        h = self.encode(env[:, :-1])
        return F.mse_loss(self.recon(h), env[:, 1:])


def plucks(n=4, t=16):
    decay = torch.rand(n, 1) * 0.3 + 0.05
    time = torch.arange(t).float().unsqueeze(0)
    env = torch.exp(-decay * time).unsqueeze(-1) + 0.01 * torch.randn(n, t, 1)
    return env, decay.squeeze(-1) * 10


def fit(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        env, y = plucks()
        loss = F.mse_loss(model(env), y) + model.ssl_loss(env)
        opt.zero_grad()
        loss.backward()
        opt.step()


def test_time_train(base, batches):
    results = []
    for env, y in batches:
        model = copy.deepcopy(base)
        model.eval()
        opt = torch.optim.SGD(model.encoder.parameters(), lr=1e-2)
        with torch.backends.cudnn.flags(enabled=False):
            loss = model.ssl_loss(env)
            opt.zero_grad()
            loss.backward()
        opt.step()
        with torch.no_grad():
            results.append(F.mse_loss(model(env), y).item())
    return results


if __name__ == "__main__":
    base = PluckModel()
    fit(base)
    print("ttt errors", test_time_train(base, [plucks() for _ in range(3)]))
