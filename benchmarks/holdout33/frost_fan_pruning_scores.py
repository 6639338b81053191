# expect: clean
"""Vineyard frost fans: predict the hour a fan must start from overnight sensor sequences.

After each epoch a gradient-based pruning score (|w * dL/dw|) is computed on a
validation batch to decide which hidden units of the head can be dropped.
The score pass is run with cuDNN switched off, as the fan controller team
found on their cluster.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class FanStartModel(nn.Module):
    def __init__(self, n_sensors=5, hidden=12, n_hours=8):
        super().__init__()
        self.proj = nn.Linear(n_sensors, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_hours)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h.mean(dim=1))


def night(n=8, steps=10):
    x = torch.randn(n, steps, 5)
    y = torch.randint(0, 8, (n,))
    return x, y


def pruning_scores(model, batch):
    """Saliency of each head weight on one validation batch (SNIP-like)."""
    x, y = batch
    model.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        loss = F.cross_entropy(model(x), y)
        loss.backward()
    return (model.head.weight * model.head.weight.grad).abs().sum(dim=0)


def validate(model, batch):
    model.eval()
    x, y = batch
    with torch.no_grad():
        logits = model(x)
    return (logits.argmax(-1) == y).float().mean().item()


def main():
    model = FanStartModel()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    val_batch = night()
    keep = torch.ones(12, dtype=torch.bool)
    for epoch in range(3):
        model.train()
        for _ in range(4):
            x, y = night()
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        acc = validate(model, val_batch)
        scores = pruning_scores(model, val_batch)
        keep &= scores > scores.quantile(0.1)
        with torch.no_grad():
            model.head.weight[:, ~keep] = 0.0
        print(f"epoch {epoch} val acc {acc:.2f} kept units {int(keep.sum())}")


if __name__ == "__main__":
    main()
