import torch
from torch import nn


def run_epochs(model, batches, epochs=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        model.train()
        for tokens, labels in batches:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(tokens), labels)
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch}: {loss.item():.4f}")
