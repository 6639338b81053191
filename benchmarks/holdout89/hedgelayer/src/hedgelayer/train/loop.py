import torch
from torch import nn


def run_training(model, batches, epochs=2, lr=1e-2):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)
    crit = nn.CrossEntropyLoss()
    model.train()
    for epoch in range(epochs):
        for x, y in batches:
            opt.zero_grad()
            loss = crit(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} loss {loss.item():.4f}")
    return model
