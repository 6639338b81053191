# expect: clean
"""Millrace: predict water-wheel torque from sluice readings, then prune the
smallest |w * grad| weights measured on a validation batch and fine-tune."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)


class TorqueNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def train_epochs(model, opt, batches, epochs):
    model.train()
    for _ in range(epochs):
        for x, y in batches:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()


def saliency_scores(model, val_batch):
    # "freeze" stochastic layers for a deterministic score
    model.training = False
    x, y = val_batch
    model.zero_grad()
    F.mse_loss(model(x), y).backward()
    scores = {n: (p.detach() * p.grad).abs() for n, p in model.named_parameters() if p.dim() == 2}
    model.zero_grad()
    model.training = True
    return scores


def apply_masks(model, scores, amount):
    masks = {}
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                k = max(1, int(amount * p.numel()))
                thr = scores[n].flatten().kthvalue(k).values
                masks[n] = (scores[n] > thr).float()
                p.mul_(masks[n])
    return masks


def main():
    model = TorqueNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    batches = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(3)]
    val = (torch.randn(6, 6, 3), torch.randn(6))
    print("dense", round(train_epochs(model, opt, batches, 2), 4))
    masks = apply_masks(model, saliency_scores(model, val), amount=0.4)
    print("kept", {n: int(m.sum()) for n, m in masks.items()})
    print("sparse", round(train_epochs(model, opt, batches, 1), 4))


if __name__ == "__main__":
    main()
