# expect: crash
"""Wind-turbine icing detection from SCADA sequences; mode switches kept as partials of the bound train()."""
import functools
import torch
import torch.nn as nn

torch.manual_seed(4)


class IcingNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(6, 8, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def make_switches(model):
    return {
        "fit": functools.partial(model.train, True),
        "score": functools.partial(model.train, False),
    }


def run(model, batches, val):
    sw = make_switches(model)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    crit = nn.CrossEntropyLoss()
    for epoch in range(2):
        sw["score"]()
        with torch.no_grad():
            acc = (model(val[0]).argmax(1) == val[1]).float().mean().item()
        print(f"epoch {epoch} val acc {acc:.2f}")
        for x, y in batches:
            opt.zero_grad()
            crit(model(x), y).backward()  # TM001-here
            opt.step()


if __name__ == "__main__":
    batches = [(torch.randn(5, 8, 6), torch.randint(0, 2, (5,))) for _ in range(2)]
    run(IcingNet(), batches, (torch.randn(5, 8, 6), torch.randint(0, 2, (5,))))
