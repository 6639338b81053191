# expect: crash
# category: modes_travel
"""FedAvg simulation: each round the server evaluates the global model, then every sampled client
deep-copies it and trains locally; the server averages the returned weights."""
import random

import torch

from fl.client import Client
from fl.models import KeystrokeGRU
from fl.server import evaluate, fedavg

torch.manual_seed(10)
random.seed(10)


def client_data(n_batches=2):
    return [(torch.randint(0, 20, (4, 6)), torch.randint(0, 20, (4, 6))) for _ in range(n_batches)]


clients = [Client(i, client_data()) for i in range(5)]
test_data = client_data(2)
global_model = KeystrokeGRU()

for rnd in range(3):
    print(f"round {rnd}: global test loss {evaluate(global_model, test_data):.3f}")
    sampled = random.sample(clients, 3)
    results = [c.local_update(global_model) for c in sampled]
    global_model.load_state_dict(fedavg([s for s, _ in results], [n for _, n in results]))
