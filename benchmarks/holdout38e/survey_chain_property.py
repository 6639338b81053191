# expect: clean
"""Surveyors' chain sag: predict the sag correction of a Gunter's chain from a
temperature/tension log.

The runner exposes the model through two properties: `scorer` puts it in eval,
`learner` hands it back in train mode. Validation goes through `scorer`;
every update goes through `learner`.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SagNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1]).squeeze(-1)


class Runner:
    def __init__(self, net):
        self._net = net
        self.opt = torch.optim.Adam(net.parameters(), lr=1e-2)

    @property
    def scorer(self):
        return self._net.eval()

    @property
    def learner(self):
        return self._net.train()

    def validate(self, x, y):
        with torch.no_grad():
            return F.l1_loss(self.scorer(x), y).item()

    def update(self, x, y):
        loss = F.mse_loss(self.learner(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


def chain_log(batch=4, steps=8):
    x = torch.rand(batch, steps, 2)
    return x, 0.01 * x[..., 0].sum(1) / (x[..., 1].mean(1) + 0.5)


if __name__ == "__main__":
    torch.manual_seed(71)
    runner = Runner(SagNet())
    vx, vy = chain_log()
    for epoch in range(4):
        val = runner.validate(vx, vy)
        loss = runner.update(*chain_log())
        print(f"epoch {epoch}: val {val:.5f} loss {loss:.5f}")
