# expect: clean
"""Gradient accumulation that straddles a validation pass: the pending loss was built in train mode."""
import torch
import torch.nn as nn

torch.manual_seed(18)
model = nn.LSTM(3, 6, batch_first=True)
head = nn.Linear(6, 1)
opt = torch.optim.SGD(list(model.parameters()) + list(head.parameters()), lr=0.05)
ACCUM, EVAL_EVERY = 2, 3
pending = None
for it in range(1, 7):
    model.train(); head.train()
    loss = head(model(torch.randn(4, 5, 3))[0][:, -1]).pow(2).mean() / ACCUM
    pending = loss if pending is None else pending + loss
    if it % EVAL_EVERY == 0:
        model.eval(); head.eval()
        with torch.no_grad():
            print("val", head(model(torch.randn(4, 5, 3))[0][:, -1]).mean().item())
    if it % ACCUM == 0:
        opt.zero_grad()
        pending.backward()
        opt.step()
        pending = None
print("done")
