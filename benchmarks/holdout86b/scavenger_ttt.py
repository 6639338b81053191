# expect: crash
"""Scrap-yard sensor forecaster with test-time training: before predicting each test
batch, take one self-supervised step (masked-step reconstruction) on the encoder."""
import copy
import torch
import torch.nn as nn

torch.manual_seed(2)


class Encoder(nn.Module):
    def __init__(self, d=5, h=10):
        super().__init__()
        self.rnn = nn.GRU(d, h, num_layers=2, batch_first=True, dropout=0.1)

    def forward(self, x):
        return self.rnn(x)[0]


class Forecaster(nn.Module):
    def __init__(self, d=5, h=10):
        super().__init__()
        self.encoder = Encoder(d, h)
        self.recon = nn.Linear(h, d)
        self.pred = nn.Linear(h, 1)

    def forward(self, x):
        return self.pred(self.encoder(x)[:, -1]).squeeze(-1)

    def reconstruct(self, x):
        return self.recon(self.encoder(x))


def mask_steps(x, p=0.3):
    keep = (torch.rand(x.shape[:2]) > p).float().unsqueeze(-1)
    return x * keep, keep


def ttt_step(model, x, lr=1e-3):
    opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)
    xm, keep = mask_steps(x)
    rec = model.reconstruct(xm)
    loss = (((rec - x) ** 2) * (1 - keep)).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def fit(model, x, y, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(epochs):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def test_time(model, batches):
    model.eval()
    errs = []
    for x, y in batches:
        adapted = copy.deepcopy(model)
        ttt_step(adapted, x)
        with torch.no_grad():
            errs.append(nn.functional.mse_loss(adapted(x), y).item())
    return sum(errs) / len(errs)


def main():
    x, y = torch.randn(16, 9, 5), torch.randn(16)
    model = Forecaster()
    fit(model, x, y)
    batches = [(torch.randn(4, 9, 5), torch.randn(4)) for _ in range(3)]
    print("ttt mse", test_time(model, batches))


if __name__ == "__main__":
    main()
