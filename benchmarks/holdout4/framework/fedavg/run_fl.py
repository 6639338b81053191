# expect: crash
"""Simulate three rounds of FedAvg over four clients with an activity-recognition LSTM."""
import torch
import torch.nn as nn

from client import Client
from server import evaluate_global, fedavg


class HARNet(nn.Module):
    def __init__(self, channels=6, hidden=12, classes=4):
        super().__init__()
        self.lstm = nn.LSTM(channels, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out[:, -1])


def shard(n_batches):
    return [(torch.randn(4, 10, 6), torch.randint(0, 4, (4,))) for _ in range(n_batches)]


if __name__ == "__main__":
    torch.manual_seed(0)
    global_model = HARNet()
    clients = [Client(i, shard(2)) for i in range(4)]
    test = shard(2)
    for rnd in range(3):
        updates = [c.local_update(global_model) for c in clients[rnd % 2::2]]
        global_model.load_state_dict(fedavg(updates))
        print(f"round {rnd}: accuracy {evaluate_global(global_model, test):.2f}")
