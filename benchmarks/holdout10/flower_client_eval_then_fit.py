# expect: crash
"""Flower NumPyClient-style federated client (fit / evaluate per round) on one shared net.

The server evaluates the global parameters on each client before fitting. evaluate() calls
net.eval(); fit() only loads the parameters (set_parameters) and runs the local epochs, so
from round 1 onwards local training backpropagates through an eval-mode LSTM.
"""
from collections import OrderedDict
from typing import Dict, List, Tuple

import torch
from torch import nn

Params = List[torch.Tensor]


class KeystrokeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.fc = nn.Linear(10, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


class KeystrokeClient:
    def __init__(self, cid: int, net: nn.Module):
        g = torch.Generator().manual_seed(cid)
        self.cid, self.net = cid, net
        self.data = [(torch.randn(4, 6, 4, generator=g), torch.randint(0, 2, (4,), generator=g))
                     for _ in range(2)]

    def get_parameters(self, config: Dict) -> Params:
        return [v.detach().clone() for v in self.net.state_dict().values()]

    def set_parameters(self, parameters: Params) -> None:
        self.net.load_state_dict(OrderedDict(zip(self.net.state_dict().keys(), parameters)))

    def fit(self, parameters: Params, config: Dict) -> Tuple[Params, int, Dict]:
        self.set_parameters(parameters)
        opt = torch.optim.SGD(self.net.parameters(), lr=config["lr"])
        for x, y in self.data:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(self.net(x), y)
            loss.backward()  # TM001-here
            opt.step()
        return self.get_parameters({}), len(self.data), {"loss": loss.item()}

    def evaluate(self, parameters: Params, config: Dict) -> Tuple[float, int, Dict]:
        self.set_parameters(parameters)
        self.net.eval()
        with torch.no_grad():
            losses = [nn.functional.cross_entropy(self.net(x), y).item() for x, y in self.data]
        return sum(losses) / len(losses), len(self.data), {}


def fedavg(results):
    total = sum(n for _, n, _ in results)
    return [sum(p[i] * n for p, n, _ in results) / total for i in range(len(results[0][0]))]


if __name__ == "__main__":
    torch.manual_seed(30)
    shared = KeystrokeNet()
    clients = [KeystrokeClient(c, shared) for c in range(3)]
    global_params = clients[0].get_parameters({})
    for rnd in range(2):
        if rnd > 0:
            print("round", rnd, "eval", [round(c.evaluate(global_params, {})[0], 3) for c in clients])
        global_params = fedavg([c.fit(global_params, {"lr": 0.05}) for c in clients])
