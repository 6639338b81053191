# expect: clean
"""Cordwainer shoe-last wear service: an inference server wraps an LSTM built straight into eval
mode; customers' returned-shoe pressure logs arrive later and the server does one online update
inside a small `training_mode` context manager that flips the model to train and back.
"""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(19)


class WearNet(nn.Module):
    def __init__(self, n_in=6, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=4)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


@contextlib.contextmanager
def training_mode(model):
    prev = model.training
    model.train()
    try:
        yield model
    finally:
        model.train(prev)


class WearServer:
    def __init__(self):
        self.model = WearNet().eval()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=1e-2)
        self.updates = 0

    @torch.no_grad()
    def predict(self, logs):
        return self.model(logs)

    def update(self, logs, measured_wear):
        with training_mode(self.model) as m:
            loss = F.smooth_l1_loss(m(logs), measured_wear)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        self.updates += 1
        return loss.item()


def main():
    server = WearServer()
    logs = torch.randn(4, 11, 6)
    print("predicted wear:", server.predict(logs).tolist())
    print("online update loss:", server.update(logs, torch.rand(4)))
    print("back in eval:", not server.model.training)


if __name__ == "__main__":
    main()
