# expect: crash
"""Blacksmith forge: predict when a bar reaches working heat, then prune by gradient saliency.

Pruning scores are |w * dL/dw| measured on a held-out validation batch (SNIP-style, but after
training); the lowest-scoring weights of the recurrent layer are masked and the model is
fine-tuned briefly.
"""
import torch
from torch import nn
from torch.nn import functional as F


class HeatLSTM(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)  # coal bed temp, air flow, bar thickness, colour
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def bars(bs=8, T=10):
    x = torch.rand(bs, T, 4)
    y = 60 * x[:, :, 2].mean(1) / (0.5 + x[:, :, 1].mean(1))
    return x, y


def train(model, opt, steps):
    model.train()
    for _ in range(steps):
        x, y = bars()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def saliency_scores(model, val_batch):
    model.eval()
    model.zero_grad()
    x, y = val_batch
    F.mse_loss(model(x), y).backward()  # TM001-here
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if "lstm.weight" in n}


def apply_masks(model, scores, sparsity=0.3):
    flat = torch.cat([s.flatten() for s in scores.values()])
    thresh = flat.kthvalue(int(sparsity * flat.numel())).values
    masks = {}
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                masks[n] = (scores[n] > thresh).float()
                p.mul_(masks[n])
    return masks


if __name__ == "__main__":
    torch.manual_seed(31)
    model = HeatLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    print("dense loss", round(train(model, opt, 6), 3))
    masks = apply_masks(model, saliency_scores(model, bars(16)))
    kept = sum(m.sum().item() for m in masks.values()) / sum(m.numel() for m in masks.values())
    print(f"kept {kept:.0%} of recurrent weights; fine-tune loss", round(train(model, opt, 3), 3))
