# expect: clean
"""Wickmaker: wax-dip thickness regression; a generator yields batches and owns the mode switch."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class DipNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


def schedule(model, train_batches, val_batch, epochs):
    for epoch in range(epochs):
        model.train()
        for b in train_batches:
            yield "train", epoch, b
        model.eval()
        yield "val", epoch, val_batch
        model.train()
        yield "probe", epoch, val_batch


def grad_noise_scale(model, xb, yb):
    """Ratio of per-half gradient disagreement to mean gradient, measured on the val batch."""
    halves = []
    for sl in (slice(0, len(yb) // 2), slice(len(yb) // 2, None)):
        loss = nn.functional.mse_loss(model(xb[sl]), yb[sl])
        gs = torch.autograd.grad(loss, list(model.parameters()))
        halves.append(torch.cat([g.flatten() for g in gs]))
    return ((halves[0] - halves[1]).norm() / (halves[0] + halves[1]).norm()).item()


def main():
    x = torch.randn(16, 5, 3)
    y = x.sum(dim=(1, 2)) * 0.1
    train_batches = [(x[i:i + 4], y[i:i + 4]) for i in range(0, 12, 4)]
    model = DipNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for phase, epoch, (xb, yb) in schedule(model, train_batches, (x[12:], y[12:]), epochs=2):
        if phase == "train":
            opt.zero_grad()
            nn.functional.mse_loss(model(xb), yb).backward()
            opt.step()
        if phase == "val":
            with torch.no_grad():
                val = nn.functional.mse_loss(model(xb), yb).item()
            print(epoch, "val", round(val, 4))
        if phase == "probe":
            print(epoch, "gns", round(grad_noise_scale(model, xb, yb), 4))


if __name__ == "__main__":
    main()
