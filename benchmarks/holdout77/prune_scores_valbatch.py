# expect: crash
"""Hurdle-maker defect detector: gradient-based pruning scores computed on a validation batch."""
import argparse
import logging
import torch
from torch import nn

log = logging.getLogger("prune")


class DefectNet(nn.Module):
    def __init__(self, n_in=6, hidden=12, n_cls=2):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.fc1 = nn.Linear(hidden, hidden)
        self.fc2 = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.inp(x)))
        return self.fc2(torch.relu(self.fc1(h[:, -1])))


def train_epoch(model, batches, opt):
    model.train()
    for x, y in batches:
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def snip_scores(model, x, y, targets):
    """|w * dL/dw| for the chosen parameters, as plain floats per tensor."""
    model.eval()
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, [p for _, p in targets])  # TM001-here
    return {name: (p * g).abs().sum().item() for (name, p), g in zip(targets, grads)}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args(argv)
    torch.manual_seed(4)
    model = DefectNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    train = [(torch.randn(4, 7, 6), torch.randint(0, 2, (4,))) for _ in range(3)]
    vx, vy = torch.randn(6, 7, 6), torch.randint(0, 2, (6,))
    for epoch in range(args.epochs):
        loss = train_epoch(model, train, opt)
        targets = [(n, p) for n, p in model.named_parameters() if n.endswith("weight")]
        scores = snip_scores(model, vx, vy, targets)
        worst = min(scores, key=scores.get)
        log.info("epoch %d loss %.3f prune candidate %s", epoch, loss, worst)
    print("scores", sorted(scores))


if __name__ == "__main__":
    main([])
