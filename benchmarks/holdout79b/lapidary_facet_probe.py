# expect: crash
"""Lapidary facet grading: a GRU scores polishing traces; a validation probe ranks
facets by gradient*input relevance after the epoch's eval pass."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class FacetNet(nn.Module):
    def __init__(self, n_in=6, hidden=12, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def train_epoch(model, opt, xs, ys):
    model.train()
    total = 0.0
    for x, y in zip(xs, ys):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(xs)


@torch.no_grad()
def validate(model, x, y):
    model.eval()
    return (model(x).argmax(-1) == y).float().mean().item()


def relevance(model, x):
    x = x.clone().requires_grad_(True)
    score = model(x).max(-1).values.sum()
    score.backward()  # TM001-here
    return (x.grad * x).abs().sum(-1).mean(0)


def main():
    model = FacetNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs = [torch.randn(4, 7, 6) for _ in range(3)]
    ys = [torch.randint(0, 3, (4,)) for _ in range(3)]
    xv, yv = torch.randn(4, 7, 6), torch.randint(0, 3, (4,))
    for epoch in range(2):
        loss = train_epoch(model, opt, xs, ys)
        acc = validate(model, xv, yv)
        rel = relevance(model, xv)
        print(f"epoch {epoch} loss {loss:.3f} acc {acc:.2f} rel {rel.tolist()[:3]}")


if __name__ == "__main__":
    main()
