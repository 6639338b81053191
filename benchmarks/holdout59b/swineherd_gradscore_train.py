# expect: clean
"""Swineherd feeding-bout classifier: prune GRU hidden units by |w * dL/dw| scored on a validation batch."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class BoutNet(nn.Module):
    def __init__(self, n_in=6, hidden=12, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(self.drop(h[:, -1]))


def make_batch(n=6, t=9):
    return torch.randn(n, t, 6), torch.randint(0, 3, (n,))


def train_epoch(model, opt, steps=3):
    model.train()
    for _ in range(steps):
        x, y = make_batch()
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def validate(model):
    model.eval()
    x, y = make_batch()
    with torch.no_grad():
        acc = (model(x).argmax(-1) == y).float().mean().item()
    return acc, (x, y)


def saliency_scores(model, batch):
    x, y = batch
    model.train()  # scores need the training-mode kernels
    model.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    scores = {}
    for name, p in model.named_parameters():
        if p.grad is not None and p.dim() == 2:
            scores[name] = (p.detach() * p.grad).abs().sum(dim=1)
    return scores


def prune_lowest(model, scores, frac=0.25):
    w = model.head.weight
    s = scores["head.weight"]
    k = int(frac * s.numel())
    idx = s.argsort()[:k]
    with torch.no_grad():
        w[idx] = 0.0
    return idx.tolist()


def main():
    model = BoutNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        train_epoch(model, opt)
        acc, val_batch = validate(model)
        print(f"epoch {epoch} val acc {acc:.3f}")
    scores = saliency_scores(model, val_batch)
    print("pruned head rows:", prune_lowest(model, scores))


if __name__ == "__main__":
    main()
