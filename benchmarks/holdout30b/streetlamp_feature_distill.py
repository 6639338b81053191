# expect: crash
# Street-lamp failure prediction: a small student GRU learns to match the hidden
# features of a larger frozen teacher that was trained on the full sensor suite.
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


class Adapter(nn.Module):
    """Maps the cheap sensors of new lamp posts onto the teacher's input space."""

    def __init__(self, n_cheap, n_full):
        super().__init__()
        self.lin = nn.Linear(n_cheap, n_full)

    def forward(self, x):
        return torch.tanh(self.lin(x))


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
    adapter = Adapter(3, 7)
    opt = torch.optim.SGD(list(student.parameters()) + list(adapter.parameters()), lr=0.05)

    cheap = torch.randn(6, 12, 3)
    failed = torch.randint(0, 2, (6,))
    for step in range(args.steps):
        t_feat = teacher.features(adapter(cheap))
        s_feat = student.features(cheap)
        loss = F.cross_entropy(student(cheap), failed) + args.alpha * F.mse_loss(s_feat, t_feat)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"step {step} loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
