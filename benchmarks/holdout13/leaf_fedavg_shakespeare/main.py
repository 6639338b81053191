# expect: crash
"""LEAF FedAvg on Shakespeare-like next-character data with an LSTM client model. The server evaluates the
global model between rounds (`Server.evaluate`, which calls eval()). Clients then receive the round's model as a
`copy.deepcopy(server.model)` — the mode travels with the copy — and `Client.train` never calls train()."""
import random

import torch

from fl.server import Server
from fl.client import Client
from models.registry import get_model

ARGS = {"model": "shakespeare.stacked_lstm", "num_rounds": 2, "clients_per_round": 2, "num_epochs": 1, "lr": 0.8}


def setup_clients(n, model_fn):
    data = lambda: (torch.randint(0, 30, (4, 10)), torch.randint(0, 30, (4,)))
    return [Client(f"c{i}", train_data=data(), eval_data=data(), model_fn=model_fn) for i in range(n)]


def main():
    random.seed(1)
    torch.manual_seed(1)
    model_fn = get_model(ARGS["model"])
    server = Server(model_fn())
    clients = setup_clients(4, model_fn)
    for r in range(ARGS["num_rounds"]):
        server.select_clients(r, clients, num_clients=ARGS["clients_per_round"])
        server.train_model(num_epochs=ARGS["num_epochs"], lr=ARGS["lr"])
        server.update_model()
        print("round", r, server.evaluate(clients))


if __name__ == "__main__":
    main()
    print("done")
