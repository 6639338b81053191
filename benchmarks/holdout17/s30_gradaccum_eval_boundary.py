# expect: crash
"""Gradient accumulation with validation inside the accumulation window; train() only per epoch."""
import torch
import torch.nn as nn

torch.manual_seed(18)
model = nn.LSTM(3, 6, batch_first=True)
head = nn.Linear(6, 1)
opt = torch.optim.SGD(list(model.parameters()) + list(head.parameters()), lr=0.05)
ACCUM, EVAL_EVERY = 2, 3
for epoch in range(2):
    model.train(); head.train()
    opt.zero_grad()
    for it in range(1, 7):
        loss = head(model(torch.randn(4, 5, 3))[0][:, -1]).pow(2).mean() / ACCUM
        loss.backward()  # TM001-here
        if it % ACCUM == 0:
            opt.step()
            opt.zero_grad()
        if it % EVAL_EVERY == 0:
            model.eval(); head.eval()
            with torch.no_grad():
                print("val", head(model(torch.randn(4, 5, 3))[0][:, -1]).mean().item())
print("done")
