# expect: clean
"""Kelp-farm growth forecaster: prune GRU weights by |w * grad| scored on a validation batch."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class KelpNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.out(h[:, -1])


def train_epoch(model, opt, xs, ys):
    model.train()
    for x, y in zip(xs, ys):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def prune_scores(model, x, y):
    # scores on the held-out batch; dropout-free model, so train mode is harmless here
    model.train()
    model.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}


def apply_mask(model, scores, frac=0.2):
    with torch.no_grad():
        for n, p in model.named_parameters():
            s = scores[n].flatten()
            k = max(1, int(frac * s.numel()))
            thr = s.kthvalue(k).values
            p.mul_((scores[n] > thr).float())


def main():
    model = KelpNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs = [torch.randn(4, 6, 5) for _ in range(3)]
    ys = [torch.randn(4, 1) for _ in range(3)]
    xv, yv = torch.randn(4, 6, 5), torch.randn(4, 1)
    for ep in range(2):
        tl = train_epoch(model, opt, xs, ys)
        vl = validate(model, xv, yv)
        print(f"epoch {ep} train {tl:.3f} val {vl:.3f}")
    scores = prune_scores(model, xv, yv)
    apply_mask(model, scores)
    print("pruned, val", validate(model, xv, yv))


if __name__ == "__main__":
    main()
