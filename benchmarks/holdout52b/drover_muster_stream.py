# expect: crash
"""Drover muster counts: forecast head-count at the next muster yard.
Batches come from a generator that also hands out a held-out probe batch every
third step, switching the model to eval for it; the caller trains on everything."""
import torch
import torch.nn as nn

torch.manual_seed(12)


class MusterNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def muster_batches(model, n_steps, probe_every=3):
    """Yields (tag, x, y). Puts the model in the mode the batch is meant for."""
    probe = (torch.randn(4, 6, 2), torch.rand(4))
    for step in range(n_steps):
        if step % probe_every == probe_every - 1:
            model.eval()
            yield "probe", probe[0], probe[1]
        else:
            model.train()
            yield "train", torch.randn(4, 6, 2), torch.rand(4)


def main():
    model = MusterNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    log = []
    for tag, x, y in muster_batches(model, n_steps=5):
        loss = ((model(x) - y) ** 2).mean()
        if tag == "probe":
            log.append(("probe", round(loss.item(), 4)))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print(log)


if __name__ == "__main__":
    main()
