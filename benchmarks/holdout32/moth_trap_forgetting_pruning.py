# expect: clean
"""Moth-trap counts: classify nights as high / low emergence from the evening
light-trap count sequence and weather. Between rounds every night is scored
in eval mode and "forgetting events" are counted (correct -> wrong); nights
that were never forgotten are pruned from the next round's training set.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

ROUNDS, HIDDEN, KEEP_AT_LEAST = 4, 8, 6


class NightNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, HIDDEN, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(HIDDEN, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(self.drop(h[-1]))


def nights(n):
    x = torch.randn(n, 6, 3)
    y = (x[:, :, 0].sum(1) + 0.5 * x[:, :, 2].mean(1) > 0).long()
    return x, y


def score_nights(model, x, y):
    model.eval()
    with torch.no_grad():
        return model(x).argmax(-1) == y


def prune(forgets, seen_correct, min_keep):
    keep = (forgets > 0) | ~seen_correct
    if keep.sum() < min_keep:
        keep[torch.argsort(forgets, descending=True)[:min_keep]] = True
    return keep.nonzero().squeeze(-1)


def main():
    torch.manual_seed(26)
    model = NightNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x_all, y_all = nights(24)
    prev = torch.zeros(len(y_all), dtype=torch.bool)
    forgets = torch.zeros(len(y_all))
    seen_correct = torch.zeros(len(y_all), dtype=torch.bool)
    active = torch.arange(len(y_all))
    for rnd in range(ROUNDS):
        model.train()
        x, y = x_all[active], y_all[active]
        for _ in range(4):
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        correct = score_nights(model, x_all, y_all)
        forgets += (prev & ~correct).float()
        seen_correct |= correct
        prev = correct
        active = prune(forgets, seen_correct, KEEP_AT_LEAST)
        print(f"round {rnd}: loss {loss.item():.4f}, acc {correct.float().mean():.2f}, next set {len(active)}")


if __name__ == "__main__":
    main()
