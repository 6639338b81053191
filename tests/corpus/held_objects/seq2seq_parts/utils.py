"""The training loop and the per-epoch evaluation; they know nothing of the model's class."""
import torch
import torch.nn.functional as F


def evaluate(model, batches):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for src, trg in batches:
            logits = model(src, trg[:-1])
            total += F.cross_entropy(logits.reshape(-1, logits.size(-1)), trg[1:].reshape(-1)).item()
    return total / len(batches)


def train(model, optimizer, train_batches, val_batches, num_epochs):
    model.train()
    for epoch in range(num_epochs):
        for src, trg in train_batches:
            optimizer.zero_grad()
            logits = model(src, trg[:-1])
            loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), trg[1:].reshape(-1))
            loss.backward()  # TM001-here
            optimizer.step()
        print(epoch, evaluate(model, val_batches))
