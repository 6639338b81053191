import torch
import torch.nn.functional as F


def train_one_epoch(model, loader, optimizer, clip=0.5):
    seen, total = 0, 0.0
    for x, y in loader:
        logits = model(x)
        loss = F.binary_cross_entropy_with_logits(logits, y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_value_(model.parameters(), clip)
        optimizer.step()
        seen += len(x)
        total += loss.item() * len(x)
    return total / seen


def evaluate(model, loader):
    model.eval()
    with torch.no_grad():
        losses = [F.binary_cross_entropy_with_logits(model(x), y).item() for x, y in loader]
    return sum(losses) / len(losses)
