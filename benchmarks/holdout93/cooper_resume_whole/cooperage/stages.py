import torch
import torch.nn.functional as F


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return F.binary_cross_entropy_with_logits(model(x), y).item()


def train_stage(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
