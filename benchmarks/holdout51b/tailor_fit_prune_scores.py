# expect: crash
"""Tailor fit classifier: a GRU reads a sequence of body measurements taken while the
customer turns, predicts a garment size. After training we compute gradient-based
pruning scores (|w * dL/dw|) on a held-out validation batch to drop hidden units."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
SIZES = ["XS", "S", "M", "L", "XL"]


class FitNet(nn.Module):
    def __init__(self, n_feat=6, hidden=12, n_cls=len(SIZES)):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def make_batch(n=6, t=7):
    x = torch.randn(n, t, 6)
    y = torch.randint(0, len(SIZES), (n,))
    return x, y


def validate(model, batches):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for x, y in batches:
            correct += (model(x).argmax(-1) == y).sum().item()
            total += len(y)
    return correct / max(total, 1)


def saliency_scores(model, x, y):
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    scores = {}
    for name, p in model.named_parameters():
        if p.grad is not None:
            scores[name] = (p.detach() * p.grad).abs()
    return scores


def prune_lowest(model, scores, frac=0.2):
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name not in scores or p.dim() < 2:
                continue
            s = scores[name].flatten()
            k = max(1, int(frac * s.numel()))
            thr = s.kthvalue(k).values
            p.mul_((scores[name] > thr).float())


def main():
    model = FitNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = [make_batch() for _ in range(4)]
    val = [make_batch() for _ in range(2)]
    for epoch in range(3):
        model.train()
        for x, y in train:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()
        acc = validate(model, val)
        print(f"epoch {epoch} val acc {acc:.2f}")
    scores = saliency_scores(model, *val[0])
    prune_lowest(model, scores)
    print("pruned; val acc", validate(model, val))


if __name__ == "__main__":
    main()
