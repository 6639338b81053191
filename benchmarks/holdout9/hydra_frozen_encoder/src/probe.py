import torch
import torch.nn.functional as F


def train_probe(encoder, head, optimizer, steps):
    losses = []
    for _ in range(steps):
        x = torch.randn(6, 9, 5)
        y = torch.randint(0, 3, (6,))
        feats = encoder(x)
        loss = F.cross_entropy(head(feats), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(round(loss.item(), 4))
    return losses
