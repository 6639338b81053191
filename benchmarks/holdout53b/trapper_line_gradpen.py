# expect: crash
"""Trapper line-check scheduler: a GRU critic scores trap-line sensor sequences, trained with an
input-gradient (R1-style) penalty so the score is smooth in the readings.

The penalty needs create_graph=True and then a second backward through the GRU.
"""
import torch
import torch.nn as nn

torch.manual_seed(4)


class LineCritic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(5, hidden, batch_first=True)
        self.v = nn.Linear(hidden, 1)

    def forward(self, seq):
        h, _ = self.gru(seq)
        return self.v(h[:, -1]).squeeze(-1)


def r1_penalty(critic, seq):
    seq = seq.clone().requires_grad_(True)
    score = critic(seq)
    (g,) = torch.autograd.grad(score.sum(), seq, create_graph=True)
    return g.pow(2).sum(dim=(1, 2)).mean()


def main():
    critic = LineCritic()
    opt = torch.optim.RMSprop(critic.parameters(), lr=1e-3)
    seqs = torch.randn(8, 7, 5)
    target = torch.rand(8)
    critic.train()
    for step in range(3):
        fit = (critic(seqs) - target).pow(2).mean()
        pen = r1_penalty(critic, seqs)
        loss = fit + 0.1 * pen
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(step, round(fit.item(), 4), round(pen.item(), 4))


if __name__ == "__main__":
    main()
