# expect: crash
"""Clog-making: predict sole wear from pressure-mat gait sequences. The batch
generator owns the mode: every third step it switches the model to eval, screens
a probe batch for outliers, and hands it to the loop for a gradient-norm probe."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)


class SoleWear(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.rnn = nn.LSTM(4, hid, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        return self.out(self.drop(self.rnn(x)[0][:, -1])).squeeze(-1)


def gait(n=5, t=10):
    x = torch.rand(n, t, 4)
    return x, x[..., :2].sum(-1).mean(1) - x[..., 3].mean(1)


def schedule(model, steps, probe_every=3):
    """Yields ("train", batch) or ("probe", batch); sets the mode for each."""
    for step in range(steps):
        if step % probe_every == probe_every - 1:
            model.eval()
            x, y = gait()
            with torch.no_grad():
                keep = (model(x) - y).abs() < 2.0       # drop outliers from the probe
            yield "probe", (x[keep], y[keep])
        else:
            model.train()
            yield "train", gait()


def grad_norm_probe(model, batch):
    x, y = batch
    model.zero_grad()
    F.mse_loss(model(x), y).backward()  # TM001-here
    norm = torch.sqrt(sum(p.grad.pow(2).sum() for p in model.parameters() if p.grad is not None))
    model.zero_grad()
    return norm.item()


def main():
    model = SoleWear()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for kind, batch in schedule(model, steps=6):
        if kind == "train":
            x, y = batch
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            print("probe grad norm", grad_norm_probe(model, batch))


if __name__ == "__main__":
    main()
