"""The training loop of one epoch; like many code bases it leaves the mode to the caller."""
import torch.nn.functional as F


def train_one_epoch(model, optimizer, batches):
    total = 0.0
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item()
    return total / len(batches)


def train_one_epoch_in_train_mode(model, optimizer, batches):
    model.train()
    return train_one_epoch(model, optimizer, batches)
