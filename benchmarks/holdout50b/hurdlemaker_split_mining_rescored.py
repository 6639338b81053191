# expect: clean
"""Hurdle-making: predict whether a cleft hazel rod will split during weaving from
its bend-test force curve. Online hard-example mining: each batch is scored by
the workshop's scorer (no grad) and the hardest half is run again in training
mode for the update."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(12)


class SplitNet(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.gru = nn.GRU(1, hid, num_layers=2, batch_first=True, dropout=0.1)
        self.fc = nn.Linear(hid, 1)

    def forward(self, x):
        return self.fc(self.gru(x)[1][-1]).squeeze(-1)


class Workshop:
    def __init__(self):
        self.model = SplitNet()
        self.opt = torch.optim.Adam(self.model.parameters(), lr=4e-3)

    @property
    def scorer(self):
        """The model as used on the shop floor (deterministic, no dropout)."""
        self.model.eval()
        return self.model

    def bend_tests(self, n=8, t=12):
        x = torch.rand(n, t, 1).cumsum(1) / t
        y = (x[:, -1, 0] - x[:, t // 2, 0] > 0.3).float()
        return x, y

    def mine_and_step(self):
        x, y = self.bend_tests()
        with torch.no_grad():
            losses = F.binary_cross_entropy_with_logits(self.scorer(x), y, reduction="none")
        hard = losses.topk(len(losses) // 2).indices
        self.model.train()
        loss = F.binary_cross_entropy_with_logits(self.model(x[hard]), y[hard])
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def warmup(self, steps=2):
        self.model.train()
        for _ in range(steps):
            x, y = self.bend_tests()
            loss = F.binary_cross_entropy_with_logits(self.model(x), y)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()


if __name__ == "__main__":
    shop = Workshop()
    shop.warmup()
    for step in range(3):
        print(f"ohem step {step} loss {shop.mine_and_step():.4f}")
