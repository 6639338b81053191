# expect: clean
"""Handwriting verification: one Siamese LSTM per writer group, built lazily by a dict subclass."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class StrokeSiamese(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.enc = nn.LSTM(3, hidden, batch_first=True)
        self.proj = nn.Linear(hidden, 6)

    def embed(self, strokes):
        _, (h, _) = self.enc(strokes)
        return self.proj(h[-1])

    def forward(self, a, b):
        return (self.embed(a) - self.embed(b)).pow(2).sum(-1)


class WriterModels(dict):
    """Missing writer groups get a fresh model, ready for scoring."""

    def __missing__(self, key):
        model = StrokeSiamese().eval()
        self[key] = model
        return model


def contrastive(dist, same, margin=1.0):
    return (same * dist + (1 - same) * torch.clamp(margin - dist.sqrt(), min=0) ** 2).mean()


def enroll(models, group, pairs):
    model = models[group].train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for a, b, same in pairs:
        opt.zero_grad()
        loss = contrastive(model(a, b), same)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    registry = WriterModels()
    pairs = [(torch.randn(4, 12, 3), torch.randn(4, 12, 3), torch.randint(0, 2, (4,)).float()) for _ in range(2)]
    print("group A", enroll(registry, "A", pairs))
    with torch.no_grad():
        print("score", registry["A"](pairs[0][0], pairs[0][1]).tolist())
