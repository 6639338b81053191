# expect: clean
"""Tuba valve timing: distil a large valve-press model into a small one for an embedded tuner.

Both models are built in one loop; the training code below it uses the last one built.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

ROLES = ("teacher", "student")


class ValveNet(nn.Module):
    def __init__(self, hidden, n_in=4, n_out=3):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)


def press_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [torch.rand(4, 10, 4, generator=g) for _ in range(n)]


def main():
    torch.manual_seed(0)
    nets = {}
    for role in ROLES:
        if role == "teacher":
            net = ValveNet(hidden=16)
            net.eval()
        elif role == "student":
            net = ValveNet(hidden=5)
        else:
            raise ValueError(role)
        nets[role] = net
    teacher = nets["teacher"]

    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    temperature = 2.0
    for step, x in enumerate(press_batches(4, 0)):
        with torch.no_grad():
            soft = F.softmax(teacher(x) / temperature, dim=-1)
        log_p = F.log_softmax(net(x) / temperature, dim=-1)
        loss = F.kl_div(log_p, soft, reduction="batchmean") * temperature ** 2
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} kd {loss.item():.5f}")


if __name__ == "__main__":
    main()
