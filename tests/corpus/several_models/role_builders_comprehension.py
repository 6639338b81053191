# expect: clean
"""Models built by role from a table of partial constructors in one dict comprehension: each role gets a model
of its own; only the teacher is put in eval (and runs under no_grad), the GRU student trains."""
import functools

import torch
import torch.nn as nn


class SeqNet(nn.Module):
    def __init__(self, rnn_cls, hidden):
        super().__init__()
        self.rnn = rnn_cls(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


BUILDERS = {"teacher": functools.partial(SeqNet, nn.LSTM, 10), "student": functools.partial(SeqNet, nn.GRU, 4)}

if __name__ == "__main__":
    torch.manual_seed(0)
    models = {role: build() for role, build in BUILDERS.items()}
    models["teacher"].eval()
    opt = torch.optim.Adam(models["student"].parameters(), lr=1e-2)
    for step in range(2):
        x = torch.randn(4, 6, 3)
        with torch.no_grad():
            target = models["teacher"](x).softmax(-1)
        loss = -(target * models["student"](x).log_softmax(-1)).sum(-1).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())
