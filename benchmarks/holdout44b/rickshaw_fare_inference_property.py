# expect: crash
"""Cycle-rickshaw fare estimation from GPS pings (speed, heading, stop flag).

The service object exposes `predictor`, a property that hands back the network
ready for serving.  A nightly job refits on yesterday's rides through the same
service object.
"""
import torch
import torch.nn as nn

torch.manual_seed(8)


class FareNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.fare = nn.Linear(hidden, 1)

    def forward(self, pings):
        _, h = self.rnn(pings)
        return self.fare(h[-1]).squeeze(-1)


class FareService:
    def __init__(self):
        self._net = FareNet()
        self.opt = torch.optim.SGD(self._net.parameters(), lr=0.02)

    @property
    def predictor(self):
        self._net.eval()
        return self._net

    @property
    def net(self):
        return self._net

    def quote(self, pings):
        with torch.no_grad():
            return self.predictor(pings)

    def nightly_refit(self, rides, fares, epochs=2):
        losses = []
        for _ in range(epochs):
            pred = self.predictor(rides)
            loss = nn.functional.smooth_l1_loss(pred, fares)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            losses.append(loss.item())
        return losses


def main():
    svc = FareService()
    svc.net.train()
    print("quote", svc.quote(torch.randn(2, 6, 3)).tolist())
    rides = torch.randn(8, 6, 3)
    fares = rides[:, :, 0].abs().sum(1)
    print("refit", svc.nightly_refit(rides, fares))


if __name__ == "__main__":
    main()
