# expect: clean
"""Validation wrapped in try/finally that restores train mode, even if the validation raises."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.GRU(4, 8, batch_first=True)
readout = nn.Linear(8, 2)
opt = torch.optim.SGD(list(model.parameters()) + list(readout.parameters()), lr=0.1)

for epoch in range(3):
    x, y = torch.randn(6, 5, 4), torch.randint(0, 2, (6,))
    out, _ = model(x)
    loss = nn.functional.cross_entropy(readout(out[:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    try:
        model.eval()
        with torch.no_grad():
            val_out, _ = model(torch.randn(3, 5, 4))
        print(f"epoch {epoch}: val mean {val_out.mean().item():.3f}")
    finally:
        model.train()
