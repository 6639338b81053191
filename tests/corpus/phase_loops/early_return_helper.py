# expect: crash
"""A helper that evaluates only on some epochs (early return otherwise) and never restores train mode."""
import torch
import torch.nn as nn


def maybe_validate(model, epoch, every=2):
    if epoch % every:
        return None
    model.eval()
    with torch.no_grad():
        return model(torch.randn(2, 5, 3))[0].abs().mean().item()


torch.manual_seed(0)
model = nn.GRU(3, 3, batch_first=True)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    x = torch.randn(4, 5, 3)
    out, _ = model(x)
    loss = (out - x).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, maybe_validate(model, epoch))
