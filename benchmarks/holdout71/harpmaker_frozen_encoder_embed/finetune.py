import torch
from torch import nn


def trainable(model):
    return [p for p in model.parameters() if p.requires_grad]


def run_finetune(model, batches, epochs=2, lr=0.02):
    opt = torch.optim.SGD(trainable(model), lr=lr, momentum=0.9)
    crit = nn.CrossEntropyLoss()
    for epoch in range(epochs):
        model.train()
        running = 0.0
        for tokens, labels in batches:
            loss = crit(model(tokens), labels)
            opt.zero_grad()
            loss.backward()
            opt.step()
            running += loss.item()
        print(f"epoch {epoch} mean loss {running / len(batches):.4f}")
