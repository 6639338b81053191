# expect: crash
"""Ink-smear detection on a printing press: an LSTM over roller vibration traces.

After a short fine-tune, weights are scored for pruning by |w * dL/dw| on a
validation batch (SNIP-style), the lowest fraction is masked, and the model is
fine-tuned again.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class SmearDetector(nn.Module):
    def __init__(self, channels=3, hidden=10, classes=2):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(hidden, classes)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.cls(self.drop(h[-1]))


def make_batch(n=8, t=12):
    x = torch.randn(n, t, 3)
    y = (x[:, :, 1].sum(1) > 0).long()
    return x, y


def finetune(model, steps=4):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    model.train()
    for _ in range(steps):
        x, y = make_batch()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def saliency_scores(model, batch):
    """Connection sensitivity on a validation batch, with dropout off for stable scores."""
    model.eval()
    model.zero_grad()
    x, y = batch
    loss = F.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.dim() > 1}


def apply_masks(model, scores, frac=0.3):
    flat = torch.cat([s.flatten() for s in scores.values()])
    k = max(1, int(frac * flat.numel()))
    thresh = flat.kthvalue(k).values
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                p.mul_((scores[n] > thresh).float())


def main():
    model = SmearDetector()
    print("first fine-tune", finetune(model))
    scores = saliency_scores(model, make_batch(6))
    apply_masks(model, scores)
    print("after pruning", finetune(model))


if __name__ == "__main__":
    main()
