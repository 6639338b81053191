# expect: crash
"""Fire-breather flame-length regressor from fuel-pump pressure traces.

A wrapper adds input jitter while it is training.  In the last epochs the
jitter is switched off by flipping the wrapper to non-training, and training
of the inner model goes on.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class FlameNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.length = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.length(h[-1]).squeeze(-1)


class JitterWrapper(nn.Module):
    def __init__(self, net, sigma=0.05):
        super().__init__()
        self.net = net
        self.sigma = sigma

    def forward(self, x):
        if self.training:
            x = x + self.sigma * torch.randn_like(x)
        return self.net(x)


def stop_jitter(wrapper):
    wrapper.train(False)


def main():
    torch.manual_seed(19)
    model = JitterWrapper(FlameNet())
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    traces, lengths = torch.randn(8, 7, 2), torch.rand(8) * 3
    model.train()
    for epoch in range(4):
        if epoch == 2:
            stop_jitter(model)
        loss = F.mse_loss(model(traces), lengths)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"epoch {epoch} jitter={model.training} loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
