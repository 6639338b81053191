import torch
import torch.nn.functional as F


def _step(optimizer, loss):
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()


def train_one_epoch(model, optimizer, batches):
    total = 0.0
    for tokens, labels in batches:
        loss = F.cross_entropy(model(tokens), labels)
        _step(optimizer, loss)
        total += loss.item()
    return total / len(batches)


def evaluate(model, batches):
    model.eval()
    correct = 0
    with torch.no_grad():
        for tokens, labels in batches:
            correct += int((model(tokens).argmax(-1) == labels).sum())
    return correct / sum(len(l) for _, l in batches)
