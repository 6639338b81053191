# expect: crash
"""Mill-leat water level forecasting with test-time training on a reconstruction head."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LeatModel(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.forecast = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, n_in)

    def features(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return self.forecast(self.features(x)[:, -1]).squeeze(-1)

    def ssl_loss(self, x):
        h = self.features(x[:, :-1])
        return F.mse_loss(self.recon(h), x[:, 1:])


def fit(model, steps=4):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x = torch.randn(6, 10, 2)
        y = x[:, -3:, 0].mean(1)
        loss = F.mse_loss(model(x), y) + 0.5 * model.ssl_loss(x)
        opt.zero_grad()
        loss.backward()
        opt.step()


def predict_with_ttt(model, stream, adapt_steps=2, lr=1e-3):
    enc_opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    model.eval()
    preds = []
    for x in stream:
        for _ in range(adapt_steps):
            enc_opt.zero_grad()
            model.ssl_loss(x).backward()  # TM001-here
            enc_opt.step()
        with torch.no_grad():
            preds.append(model(x))
    return torch.cat(preds)


def main():
    torch.manual_seed(2)
    model = LeatModel()
    fit(model)
    stream = [torch.randn(3, 10, 2) + 0.3 * k for k in range(3)]
    print(predict_with_ttt(model, stream).shape)


if __name__ == "__main__":
    main()
