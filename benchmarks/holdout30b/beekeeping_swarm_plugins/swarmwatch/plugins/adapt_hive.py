import torch
import torch.nn.functional as F


def run(ctx, steps=2):
    """A few steps on the hive's own recent history before scoring it."""
    model = ctx["model"]
    x, y = ctx["hive"]
    opt = torch.optim.SGD(model.head.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    ctx["log"].append(f"adapt_hive: loss={loss.item():.4f}")
