# expect: clean
"""Slipway: predict winch load while hauling boats up a slipway. Steps are closures
built by a factory; the calibration step keeps dropout off but the LSTM trainable."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(15)


class WinchNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(hidden, 1)
        self.log_scale = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def make_step(model, kind):
    if kind == "fit":
        opt = torch.optim.Adam([p for n, p in model.named_parameters() if n != "log_scale"], lr=1e-2)

        def step(x, y):
            model.train()
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            return loss.item()
    elif kind == "calibrate":
        opt = torch.optim.Adam([model.log_scale, *model.rnn.parameters()], lr=5e-3)

        def step(x, y):
            model.eval()          # no dropout while fitting the noise scale
            model.rnn.train()     # ...but the recurrent encoder keeps adapting
            mu = model(x)
            var = torch.exp(2 * model.log_scale)
            nll = 0.5 * (((y - mu) ** 2) / var + torch.log(var)).mean()
            opt.zero_grad()
            nll.backward()
            opt.step()
            return nll.item()
    elif kind == "eval":
        @torch.no_grad()
        def step(x, y):
            model.eval()
            return F.mse_loss(model(x), y).item()
    else:
        raise ValueError(kind)
    return step


def main():
    model = WinchNet()
    steps = {k: make_step(model, k) for k in ("fit", "calibrate", "eval")}
    data = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(3)]
    schedule = ["fit", "fit", "eval", "calibrate", "eval", "calibrate"]
    for i, kind in enumerate(schedule):
        x, y = data[i % len(data)]
        print(kind, round(steps[kind](x, y), 4))


if __name__ == "__main__":
    main()
