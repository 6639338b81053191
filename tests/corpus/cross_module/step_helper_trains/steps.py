"""One optimisation step that sets train mode itself before its forward."""
import torch.nn.functional as F


def train_step(model, optimizer, x, y):
    model.train()
    loss = F.cross_entropy(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()
