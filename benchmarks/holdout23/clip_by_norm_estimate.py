# expect: crash
"""Stock-return LSTM with adaptive clipping: the clip threshold is a running estimate of the per-step grad norm,
probed on a held-out batch with dropout off."""
import math

import torch
import torch.nn as nn


class Returns(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 10, num_layers=2, dropout=0.2, batch_first=True)
        self.fc = nn.Linear(10, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1]).squeeze(-1)


class NormEstimator:
    def __init__(self, beta=0.9):
        self.beta, self.value = beta, None

    def probe(self, model, batch):
        x, y = batch
        model.eval()
        model.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()  # TM001-here
        norm = math.sqrt(sum(float(p.grad.pow(2).sum()) for p in model.parameters() if p.grad is not None))
        model.zero_grad()
        model.train()
        self.value = norm if self.value is None else self.beta * self.value + (1 - self.beta) * norm
        return self.value


def main():
    torch.manual_seed(10)
    model = Returns()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    est = NormEstimator()
    held = (torch.randn(4, 8, 4), torch.randn(4))
    for step in range(3):
        thr = est.probe(model, held)
        x, y = torch.randn(4, 8, 4), torch.randn(4)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.5 * thr)
        opt.step()
        print(step, f"loss={loss.item():.4f} norm={float(total):.3f} thr={thr:.3f}")


if __name__ == "__main__":
    main()
