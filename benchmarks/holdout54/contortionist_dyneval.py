# expect: crash
"""Contortionist pose-sequence forecaster with dynamic evaluation.

After validation (eval mode), each test routine is forecast by a deep copy of
the model that adapts to the routine's first frames.  Dropout stays off in the
copy; only recurrent blocks are put back into training mode.
"""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class PoseEncoder(nn.Module):
    def __init__(self, joints, hidden):
        super().__init__()
        self.lstm = nn.LSTM(joints, hidden, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0]


class PoseForecaster(nn.Module):
    def __init__(self, joints=6, hidden=10):
        super().__init__()
        self.encoder = PoseEncoder(joints, hidden)
        self.drop = nn.Dropout(0.25)
        self.decode = nn.Linear(hidden, joints)

    def forward(self, x):
        return self.decode(self.drop(self.encoder(x)))


def next_frame_loss(model, x):
    return F.mse_loss(model(x[:, :-1]), x[:, 1:])


@torch.no_grad()
def validate(model, routines):
    model.eval()
    return sum(next_frame_loss(model, r).item() for r in routines) / len(routines)


def dynamic_eval(model, routine, prefix=5, steps=2, lr=1e-3):
    adapted = copy.deepcopy(model)
    for child in adapted.children():
        if isinstance(child, nn.RNNBase):
            child.train()
    opt = torch.optim.SGD(adapted.parameters(), lr=lr)
    for _ in range(steps):
        loss = next_frame_loss(adapted, routine[:, :prefix])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    with torch.no_grad():
        return next_frame_loss(adapted, routine[:, prefix - 1:]).item()


def main():
    torch.manual_seed(14)
    model = PoseForecaster()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = [torch.randn(4, 9, 6) for _ in range(3)]
    model.train()
    for x in train:
        loss = next_frame_loss(model, x)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("val", round(validate(model, train[:1]), 4))
    test = torch.randn(2, 9, 6)
    print("dynamic eval", round(dynamic_eval(model, test), 4))


if __name__ == "__main__":
    main()
