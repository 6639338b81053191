# expect: crash
"""The parts are built at module level and gathered in an `nn.ModuleDict` by name; the loss function reads
them from that global dict. The LSTM was put in eval mode for a quick check, and the loss function's
backward runs through it."""
import torch
import torch.nn as nn

lstm = nn.LSTM(3, 5, batch_first=True)
head = nn.Linear(5, 1)
parts = nn.ModuleDict({"lstm": lstm, "head": head})
opt = torch.optim.SGD(parts.parameters(), lr=0.1)


def loss_fn(x, y):
    feats, _ = parts["lstm"](x)
    return nn.functional.mse_loss(parts["head"](feats[:, -1]), y)


lstm.eval()
with torch.no_grad():
    print("check", loss_fn(torch.randn(2, 4, 3), torch.randn(2, 1)).item())
for _ in range(2):
    loss = loss_fn(torch.randn(2, 4, 3), torch.randn(2, 1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
