# expect: clean
"""Subtitle timing with scheduled sampling; the rollout restores train mode in a finally block."""
import torch
import torch.nn as nn

torch.manual_seed(4)


class CueDecoder(nn.Module):
    def __init__(self, feat=6, hidden=8):
        super().__init__()
        self.enc = nn.GRU(feat, hidden, batch_first=True)
        self.dec = nn.GRU(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, frames, prev_offsets):
        _, h = self.enc(frames)
        y, _ = self.dec(prev_offsets.unsqueeze(-1), h)
        return self.out(y).squeeze(-1)

    @torch.no_grad()
    def rollout(self, frames, first):
        mode = self.training
        self.eval()
        try:
            prev = first
            for _ in range(3):
                pred = self.forward(frames, prev)
                prev = torch.cat([first[:, :1], pred[:, :-1]], 1)
            return prev
        finally:
            self.train(mode)


def sampling_on(epoch):
    return epoch >= 1


model = CueDecoder()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(3):
    model.train()
    for _ in range(2):
        frames, offsets = torch.randn(3, 12, 6), torch.rand(3, 5).cumsum(1)
        teacher = torch.cat([torch.zeros(3, 1), offsets[:, :-1]], 1)
        prev = model.rollout(frames, teacher) if sampling_on(epoch) else teacher
        loss = nn.functional.smooth_l1_loss(model(frames, prev), offsets)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("epoch", epoch, "loss", round(loss.item(), 4))
