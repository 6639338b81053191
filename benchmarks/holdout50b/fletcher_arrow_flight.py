# expect: crash
"""Fletcher's arrow-flight drift: a GRU regresses lateral drift from fletching
vibration traces. Gradient-based pruning scores are computed on a validation batch."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class DriftNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


def make_batch(n=6, t=10):
    x = torch.randn(n, t, 3)
    y = x[..., 0].mean(1) - 0.3 * x[..., 2].mean(1)
    return x, y


def train_epoch(model, opt, steps=5):
    model.train()
    for _ in range(steps):
        x, y = make_batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def validate(model):
    model.eval()
    with torch.no_grad():
        x, y = make_batch()
        return nn.functional.mse_loss(model(x), y).item()


def pruning_scores(model, batch):
    """|w * dL/dw| on a held-out batch (SNIP-like)."""
    x, y = batch
    model.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}


def main():
    model = DriftNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        tr = train_epoch(model, opt)
        va = validate(model)
        print(f"epoch {epoch} train {tr:.4f} val {va:.4f}")
    scores = pruning_scores(model, make_batch())
    flat = torch.cat([s.flatten() for s in scores.values()])
    thresh = flat.kthvalue(int(0.3 * flat.numel())).values
    with torch.no_grad():
        for n, p in model.named_parameters():
            p.mul_((scores[n] > thresh).float())
    print("pruned", int((flat <= thresh).sum()), "of", flat.numel())


if __name__ == "__main__":
    main()
