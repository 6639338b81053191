"""Tap-test sequences from glued joints -> predicted joint strength class (weak / sound / strong)."""
import torch
import torch.nn as nn

JOINTS = ["dovetail", "mortise", "biscuit", "dowel"]


class TapTestLSTM(nn.Module):
    def __init__(self, n_feat=4, hidden=16, n_cls=3, layers=1):
        super().__init__()
        self.joint_emb = nn.Embedding(len(JOINTS), 4)
        self.lstm = nn.LSTM(n_feat + 4, hidden, num_layers=layers, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_cls))

    def forward(self, taps, joint):
        e = self.joint_emb(joint)[:, None, :].expand(-1, taps.size(1), -1)
        out, _ = self.lstm(torch.cat([taps, e], dim=-1))
        return self.head(out.max(dim=1).values)


def tap_tests(n=8, length=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    taps = torch.randn(n, length, 4, generator=g)
    joint = torch.randint(0, len(JOINTS), (n,), generator=g)
    y = torch.randint(0, 3, (n,), generator=g)
    return taps, joint, y
