# expect: clean
"""Cormorant dive logs: classify foraging vs travelling dives from depth and
wing-beat sequences recorded by bio-loggers, then estimate the diagonal
Fisher information of the trained model on a probe set (for pruning).
The probe runs in eval mode with the cuDNN backend switched off.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class DiveNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True, num_layers=2, dropout=0.2)
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.cls(seq[:, -1])


def dives(n):
    depth = torch.rand(n, 8, 1).cumsum(1)
    beats = torch.randn(n, 8, 1)
    y = (depth[:, -1, 0] > 4).long()
    return torch.cat([depth / 8, beats], -1), y


def train(model, data, epochs=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = data
    model.train()
    for _ in range(epochs):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def diagonal_fisher(model, x):
    model.eval()
    fisher = [torch.zeros_like(p) for p in model.parameters()]
    with torch.backends.cudnn.flags(enabled=False):
        for i in range(len(x)):
            logp = F.log_softmax(model(x[i:i + 1]), -1)
            sampled = torch.distributions.Categorical(logits=logp).sample()
            model.zero_grad()
            logp[0, sampled].sum().backward()
            for f, p in zip(fisher, model.parameters()):
                f += p.grad.detach() ** 2 / len(x)
    return fisher


def main():
    torch.manual_seed(37)
    model = DiveNet()
    print("train loss", round(train(model, dives(16)), 4))
    fisher = diagonal_fisher(model, dives(5)[0])
    flat = torch.cat([f.flatten() for f in fisher])
    keep = (flat > flat.median()).float().mean().item()
    print("fraction above median Fisher", round(keep, 3))


if __name__ == "__main__":
    main()
