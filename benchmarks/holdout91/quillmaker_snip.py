# expect: crash
"""Quill-cutting stroke recognition. After a short warm-up we score weights by SNIP saliency
|w * dL/dw| on a held-out validation batch (model in eval, so dropout does not add noise),
mask the lowest fraction, and keep training."""
import torch
from torch import nn


class StrokeNet(nn.Module):
    def __init__(self, n_in=2, hidden=12, n_cls=5):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.Tanh(), nn.Linear(hidden, n_cls))

    def forward(self, pts):
        out, _ = self.gru(pts)
        return self.head(out[:, -1])


def snip_scores(model, xb, yb):
    model.eval()
    targets = [p for p in model.parameters() if p.dim() > 1]
    loss = nn.functional.cross_entropy(model(xb), yb)
    grads = torch.autograd.grad(loss, targets)  # TM001-here
    model.train()
    return [(w.detach() * g).abs() for w, g in zip(targets, grads)], targets


def apply_masks(scores, targets, frac=0.2):
    flat = torch.cat([s.flatten() for s in scores])
    k = max(1, int(frac * flat.numel()))
    thresh = flat.kthvalue(k).values
    with torch.no_grad():
        for s, w in zip(scores, targets):
            w.mul_((s > thresh).float())


def main():
    torch.manual_seed(8)
    model = StrokeNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    xs = [torch.randn(6, 10, 2) for _ in range(4)]
    ys = [torch.randint(0, 5, (6,)) for _ in range(4)]
    xv, yv = torch.randn(8, 10, 2), torch.randint(0, 5, (8,))
    model.train()
    for epoch in range(2):
        for x, y in zip(xs, ys):
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
        scores, targets = snip_scores(model, xv, yv)
        apply_masks(scores, targets)
        print(f"epoch {epoch} loss {loss.item():.3f} masked tensors {len(targets)}")


if __name__ == "__main__":
    main()
