# expect: clean
"""Flower-style FedAvg simulation: one shared network object reused by every client
(client_fn returns clients around the same `net`), fit/evaluate per round with
set_parameters. Clients evaluate before fitting in each round, but task.train()
calls net.train() before its loop.
"""
import torch

from fedlite.client import FlowerClient
from fedlite.server import FedAvg, start_simulation
from task import Net, load_partition

NET = Net()


def client_fn(cid: str):
    trainloader, valloader = load_partition(int(cid))
    return FlowerClient(NET, trainloader, valloader)


if __name__ == "__main__":
    torch.manual_seed(12)
    history = start_simulation(client_fn=client_fn, num_clients=3, num_rounds=2,
                               strategy=FedAvg(fraction_fit=1.0, evaluate_first=True),
                               initial_parameters=[v.clone() for v in NET.state_dict().values()])
    print(history)
