# expect: clean
"""Avalanche-beacon distance regression, validation helper restores the caller's mode."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class BeaconNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


def sweeps(n=4, t=6):
    x = torch.randn(n, t, 3)
    return x, x[:, :, 0].abs().sum(1)


def validate(net, batches):
    was_training = net.training
    net.eval()
    with torch.no_grad():
        errs = [(net(x) - y).abs().mean() for x, y in batches]
    net.train(was_training)
    return float(torch.stack(errs).mean())


def main():
    net = BeaconNet()
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    val = [sweeps() for _ in range(2)]
    net.train()
    for epoch in range(3):
        for _ in range(3):
            x, y = sweeps()
            loss = nn.functional.smooth_l1_loss(net(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch} mae {validate(net, val):.3f}")


if __name__ == "__main__":
    main()
