# expect: crash
"""Marble-run timing: predict the time a marble spends on each track segment from sensor gates."""
import torch
import torch.nn as nn

from schedule import phase_schedule


class SegmentTimer(nn.Module):
    def __init__(self, n_gates=4, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_gates, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


def gate_data(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.rand(3, 6, 4, generator=g)
        out.append((x, x.cumsum(dim=1)[:, :, 0]))
    return out


def main():
    torch.manual_seed(0)
    model = SegmentTimer()
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-2)
    splits = {"fit": gate_data(3, 0), "eval": gate_data(2, 1)}
    schedule = phase_schedule(model, opt, epochs=2)
    for _ in range(2):
        # pull the epoch's two passes, then run them in order
        (epoch, name_a, pass_a), (_, name_b, pass_b) = next(schedule), next(schedule)
        res_a = pass_a(splits[name_a])
        res_b = pass_b(splits[name_b])
        print(f"epoch {epoch}: {name_a} {res_a:.4f} {name_b} {res_b:.4f}")


if __name__ == "__main__":
    main()
