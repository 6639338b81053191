# expect: clean
"""Quayside crane: classify container-lift sway patterns. Training is driven by
callable step objects; a mining step ranks samples in eval mode and hands the
hardest ones to the train step."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(16)


class SwayNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(4, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h.mean(1))


class Step:
    def __init__(self, model):
        self.model = model

    def __call__(self, x, y):
        raise NotImplementedError


class TrainStep(Step):
    def __init__(self, model, lr=1e-2):
        super().__init__(model)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def __call__(self, x, y):
        self.model.train()
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


class MineStep(Step):
    def __init__(self, model, keep=4):
        super().__init__(model)
        self.keep = keep

    @torch.no_grad()
    def __call__(self, x, y):
        self.model.eval()
        losses = F.cross_entropy(self.model(x), y, reduction="none")
        idx = losses.topk(self.keep).indices
        return x[idx], y[idx]


class EvalStep(Step):
    @torch.no_grad()
    def __call__(self, x, y):
        self.model.eval()
        return (self.model(x).argmax(-1) == y).float().mean().item()


def main():
    model = SwayNet()
    mine, train, evaluate = MineStep(model), TrainStep(model), EvalStep(model)
    pool = [(torch.randn(8, 6, 4), torch.randint(0, 3, (8,))) for _ in range(3)]
    val = (torch.randn(6, 6, 4), torch.randint(0, 3, (6,)))
    for epoch in range(2):
        for x, y in pool:
            hx, hy = mine(x, y)
            loss = train(hx, hy)
        print(epoch, round(loss, 4), round(evaluate(*val), 3))


if __name__ == "__main__":
    main()
