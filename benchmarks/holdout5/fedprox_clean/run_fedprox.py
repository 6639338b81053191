# expect: clean
# category: modes_travel
"""FedProx with per-round global evaluation; clients copy the global model and train it."""
import torch

from federated.aggregate import accuracy, average_into
from federated.nets import HARNet
from federated.worker import train_local

torch.manual_seed(11)
shards = [[(torch.randn(4, 8, 6), torch.randint(0, 5, (4,))) for _ in range(2)] for _ in range(4)]
holdout = [(torch.randn(8, 8, 6), torch.randint(0, 5, (8,)))]

server_model = HARNet()
for communication_round in range(3):
    acc = accuracy(server_model, holdout)
    locals_ = [train_local(server_model, shard) for shard in shards]
    average_into(server_model, locals_)
    print(f"round {communication_round} acc before update {acc:.3f}")
