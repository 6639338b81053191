"""Head fine-tuning: freeze the model's body, step only the head."""
import torch
import torch.nn as nn


def tune_head(model, tokens, labels, steps=2):
    model.body.requires_grad_(False)
    optimizer = torch.optim.SGD(model.head.parameters(), lr=0.1)
    for _ in range(steps):
        loss = nn.functional.cross_entropy(model(tokens), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()
