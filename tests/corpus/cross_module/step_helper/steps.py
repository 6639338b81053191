"""One optimisation step, shared by several scripts. It trusts the caller to have set the mode."""
import torch.nn.functional as F


def train_step(model, optimizer, x, y):
    logits = model(x)
    loss = F.cross_entropy(logits, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item()
