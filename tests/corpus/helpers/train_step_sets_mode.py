# expect: clean
"""The training-step helper calls model.train() itself before its forward, so the earlier eval() is harmless."""
import torch
import torch.nn as nn


def train_step(model, head, opt, x, y):
    model.train()
    out, _ = model(x)
    loss = nn.functional.mse_loss(head(out[:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def validate(model, head):
    model.eval()
    with torch.no_grad():
        out, _ = model(torch.randn(2, 5, 3))
        return head(out[:, -1]).mean().item()


torch.manual_seed(0)
model = nn.GRU(3, 7, batch_first=True)
head = nn.Linear(7, 1)
opt = torch.optim.Adam(list(model.parameters()) + list(head.parameters()))
for epoch in range(3):
    print(train_step(model, head, opt, torch.randn(4, 5, 3), torch.randn(4, 1)), validate(model, head))
