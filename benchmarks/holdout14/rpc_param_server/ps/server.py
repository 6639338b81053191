import threading
import torch
import torch.nn as nn


class RRef:
    """stand-in for torch.distributed.rpc.RRef in a single process"""

    def __init__(self, obj):
        self._obj = obj

    def local_value(self):
        return self._obj

    def rpc_sync(self):
        return self._obj


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.lstm(self.emb(x))
        return self.fc(h[:, -1])


class ParameterServer(nn.Module):
    def __init__(self, num_gpus=0):
        super().__init__()
        self.model = Net()
        self.lock = threading.Lock()
        self.is_training = True
        self.val = (torch.randint(0, 40, (6, 5)), torch.randint(0, 2, (6,)))

    def forward(self, inp):
        self.model.train(self.is_training)
        return self.model(inp)

    def get_param_rrefs(self):
        return [RRef(p) for p in self.model.parameters()]

    def evaluate(self):
        with self.lock:
            self.model.eval()
            with torch.no_grad():
                x, y = self.val
                return (self.model(x).argmax(-1) == y).float().mean().item()
