# expect: crash
"""Basketball player trajectory forecasting. After training, a sensitivity map
tells analysts which past frames (and which coordinate) drive the predicted
end position, via the Jacobian of the forecast w.r.t. the observed track.
"""
import argparse

import torch
import torch.nn as nn
from torch.autograd.functional import jacobian


class TrackForecaster(nn.Module):
    def __init__(self, hidden=10, horizon=3):
        super().__init__()
        self.horizon = horizon
        self.enc = nn.RNN(2, hidden, batch_first=True, nonlinearity="relu")
        self.head = nn.Linear(hidden, 2 * horizon)

    def forward(self, track):
        _, h = self.enc(track)
        delta = self.head(h[-1]).view(-1, self.horizon, 2)
        return track[:, -1:, :] + delta.cumsum(1)


def court_tracks(n, frames, seed):
    g = torch.Generator().manual_seed(seed)
    start = torch.rand(n, 1, 2, generator=g) * torch.tensor([28.0, 15.0])
    vel = torch.randn(n, 1, 2, generator=g) * 0.5
    t = torch.arange(frames + 3).float().view(1, -1, 1)
    pos = start + vel * t + 0.1 * torch.randn(n, frames + 3, 2, generator=g)
    return pos[:, :frames], pos[:, frames:]


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--frames", type=int, default=6)
    p.add_argument("--epochs", type=int, default=4)
    return p.parse_args([])


def main():
    args = parse()
    torch.manual_seed(13)
    model = TrackForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(args.epochs):
        obs, fut = court_tracks(8, args.frames, seed=epoch)
        loss = (model(obs) - fut).norm(dim=-1).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {epoch} ADE {loss.item():.3f}")

    model = model.eval()
    obs, _ = court_tracks(1, args.frames, seed=100)
    end_pos = lambda track: model(track)[:, -1]  # noqa: E731
    sens = jacobian(end_pos, obs)  # TM001-here
    per_frame = sens.abs().sum(dim=(0, 1, 2, 4))
    print("frame influence", [round(v, 3) for v in per_frame.tolist()])


if __name__ == "__main__":
    main()
