# expect: crash
"""Hand-written DeepAR: a Forecaster object wraps the network; its predict() draws sample paths (eval mode,
ancestral sampling). fit() is resumed after a mid-training backtest and never re-enters train mode."""
import torch
import torch.nn as nn


class DeepARNet(nn.Module):
    def __init__(self, cov=2, hid=12):
        super().__init__()
        self.lstm = nn.LSTM(1 + cov, hid, num_layers=2, dropout=0.1, batch_first=True)
        self.mu = nn.Linear(hid, 1)
        self.presigma = nn.Linear(hid, 1)

    def forward(self, z_prev, cov, hidden=None):
        out, hidden = self.lstm(torch.cat([z_prev, cov], -1), hidden)
        return self.mu(out), nn.functional.softplus(self.presigma(out)) + 1e-3, hidden


class Forecaster:
    def __init__(self, net, lr=1e-3):
        self.net = net
        self.opt = torch.optim.Adam(net.parameters(), lr=lr)
        self.history = []

    def _nll(self, z, cov):
        mu, sigma, _ = self.net(z[:, :-1], cov[:, 1:])
        return -torch.distributions.Normal(mu, sigma).log_prob(z[:, 1:]).mean()

    def fit(self, z, cov, epochs=2, backtest_every=None):
        for ep in range(epochs):
            loss = self._nll(z, cov)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            self.history.append(loss.item())
            if backtest_every and (ep + 1) % backtest_every == 0:
                self.predict(z[:, :6], cov, horizon=3)
        return self

    def predict(self, z_ctx, cov, horizon=3, num_samples=5):
        self.net.eval()
        with torch.no_grad():
            _, _, hidden = self.net(z_ctx[:, :-1], cov[:, 1:z_ctx.size(1)])
            paths = []
            for _ in range(num_samples):
                h, z_t, path = hidden, z_ctx[:, -1:], []
                for t in range(horizon):
                    mu, sigma, h = self.net(z_t, cov[:, z_ctx.size(1) + t:z_ctx.size(1) + t + 1], h)
                    z_t = torch.distributions.Normal(mu, sigma).sample()
                    path.append(z_t)
                paths.append(torch.cat(path, 1))
        return torch.stack(paths).quantile(torch.tensor([0.1, 0.5, 0.9]), dim=0)


series = torch.sin(torch.arange(12).float() / 2).expand(4, 12).unsqueeze(-1) + 0.1 * torch.randn(4, 12, 1)
cov = torch.randn(4, 12, 2)
fc = Forecaster(DeepARNet())
fc.net.train()
fc.fit(series, cov, epochs=4, backtest_every=2)
print(fc.predict(series[:, :8], cov, horizon=3).shape)
