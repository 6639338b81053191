# expect: crash
"""Glover's seam-stress classifier, pruned by gradient saliency (SNIP-style) measured on a validation batch.

Scores |w * dL/dw| on held-out gloves, then masks the lowest-scoring weights and fine-tunes.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)


class SeamNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.drop(h[:, -1]))


def gloves(n, steps=9):
    x = torch.randn(n, steps, 3)
    return x, (x[:, :, 1].max(1).values > 1.0).long()


def saliency_scores(model, batch):
    """Connection sensitivity on a validation batch; dropout off so the scores are deterministic."""
    model.eval()
    model.zero_grad()
    x, y = batch
    F.cross_entropy(model(x), y).backward()  # TM001-here
    scores = {n: (p.detach() * p.grad).abs() for n, p in model.named_parameters() if p.dim() > 1}
    model.zero_grad()
    return scores


def masks_from(scores, keep=0.7):
    flat = torch.cat([s.flatten() for s in scores.values()])
    thresh = flat.kthvalue(int((1 - keep) * flat.numel()) + 1).values
    return {n: (s >= thresh).float() for n, s in scores.items()}


def apply_masks(model, masks):
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in masks:
                p.mul_(masks[n])


def train(model, data, masks=None, steps=6):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        x, y = data
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
        if masks:
            apply_masks(model, masks)


model = SeamNet()
train(model, gloves(8))
masks = masks_from(saliency_scores(model, gloves(6)))
apply_masks(model, masks)
train(model, gloves(8), masks)
print("kept fraction", sum(m.sum().item() for m in masks.values()) / sum(m.numel() for m in masks.values()))
