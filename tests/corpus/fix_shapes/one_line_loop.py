# expect: crash
"""Notebook-style one-line loop body after an eval(): the fix goes into the one-line suite as a statement of its own."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.GRU(3, 3, batch_first=True)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [torch.randn(2, 4, 3) for _ in range(3)]
model.eval()
print("initial", model(batches[0])[0].mean().item())
for x in batches: opt.zero_grad(); model(x)[0].pow(2).mean().backward(); opt.step()  # TM001-here
print("done")
