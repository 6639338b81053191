# expect: crash
"""Early-exit heads trained jointly on a stacked-GRU keyword classifier.

Exit thresholds are calibrated in eval mode; afterwards only the exit heads are switched back to
train (the GRU blocks are forgotten), and joint training continues.
"""
import torch
import torch.nn as nn


class EarlyExitGRU(nn.Module):
    def __init__(self, d=6, hidden=8, n_cls=4, depth=2):
        super().__init__()
        self.blocks = nn.ModuleList(nn.GRU(d if i == 0 else hidden, hidden, batch_first=True) for i in range(depth))
        self.exits = nn.ModuleList(nn.Linear(hidden, n_cls) for _ in range(depth))

    def forward(self, x):
        logits = []
        for block, head in zip(self.blocks, self.exits):
            x, _ = block(x)
            logits.append(head(x[:, -1]))
        return logits


def calibrate(model, x):
    model.eval()
    with torch.no_grad():
        conf = [l.softmax(-1).max(-1).values.mean().item() for l in model(x)]
    for head in model.exits:
        head.train()
    return conf


def joint_loss(logits, y, weights=(0.3, 0.7)):
    return sum(w * nn.functional.cross_entropy(l, y) for w, l in zip(weights, logits))


def main():
    torch.manual_seed(0)
    model = EarlyExitGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(6, 9, 6), torch.randint(0, 4, (6,))
    for epoch in range(2):
        loss = joint_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, loss.item(), calibrate(model, x))


if __name__ == "__main__":
    main()
