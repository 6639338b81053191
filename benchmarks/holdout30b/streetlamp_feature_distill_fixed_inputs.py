# expect: clean
# Street-lamp failure prediction: a small student GRU learns to match the hidden
# features of a larger frozen teacher.  The teacher sees the full sensor suite
# (raw tensors, no adapter), the student only the cheap sensors.
import argparse
import torch
import torch.nn as nn
import torch.nn.functional as F


class LampEncoder(nn.Module):
    def __init__(self, n_in, hidden, layers=1):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, num_layers=layers, batch_first=True)
        self.cls = nn.Linear(hidden, 2)

    def features(self, x):
        seq, _ = self.rnn(x)
        return seq

    def forward(self, x):
        return self.cls(self.features(x)[:, -1])


class Projector(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lin = nn.Linear(hidden, hidden)

    def forward(self, x):
        return self.lin(x)


def freeze(m):
    for p in m.parameters():
        p.requires_grad_(False)
    return m.eval()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--alpha", type=float, default=0.5)
    args = ap.parse_args(argv)

    torch.manual_seed(0)
    teacher = freeze(LampEncoder(n_in=7, hidden=16, layers=2))
    student = LampEncoder(n_in=3, hidden=16)
    proj = Projector(16)
    opt = torch.optim.SGD(list(student.parameters()) + list(proj.parameters()), lr=0.05)

    full = torch.randn(6, 12, 7)
    cheap = full[..., :3].clone()
    failed = torch.randint(0, 2, (6,))
    for step in range(args.steps):
        # the teacher graph has no leaf that wants a gradient: nothing flows back into it
        t_feat = teacher.features(full)
        s_feat = proj(student.features(cheap))
        loss = F.cross_entropy(student(cheap), failed) + args.alpha * F.mse_loss(s_feat, t_feat)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
