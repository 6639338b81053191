# expect: clean
"""Early stopping on a validation set under inference_mode; the training closure re-enables train()."""
import torch
import torch.nn as nn

torch.manual_seed(11)


def build():
    return nn.ModuleList([nn.GRU(4, 8, batch_first=True), nn.Linear(8, 1)])


def forward(m, x):
    h, _ = m[0](x)
    return m[1](h[:, -1])


def make_step(model, opt):
    def step(x, y):
        model.train()
        opt.zero_grad()
        loss = nn.functional.mse_loss(forward(model, x), y)
        loss.backward()
        opt.step()
        return loss.item()
    return step


model = build()
opt = torch.optim.Adam(model.parameters(), 1e-3)
step = make_step(model, opt)
best, bad = float("inf"), 0
for epoch in range(4):
    step(torch.randn(4, 5, 4), torch.randn(4, 1))
    model.eval()
    with torch.inference_mode():
        val = nn.functional.mse_loss(forward(model, torch.randn(4, 5, 4)), torch.randn(4, 1)).item()
    if val < best:
        best, bad = val, 0
    else:
        bad += 1
    if bad > 1:
        break
print("done", round(best, 3))
