# expect: crash
# category: modes
"""Stage 1 saves the best whole model (torch.save(model)) after validation; stage 2 loads it and keeps training."""
import os

import torch
from torch import nn

torch.manual_seed(50)
HERE = os.path.dirname(os.path.abspath(__file__))
CKPT = os.path.join(HERE, "best_model_stage1.pt")


class PoseSeqModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(10, 16, num_layers=2, batch_first=True, bidirectional=True)
        self.reg = nn.Linear(32, 10)

    def forward(self, x):
        return self.reg(self.rnn(x)[0])


def run_epoch(model, opt, data):
    model.train()
    for x in data:
        loss = nn.functional.mse_loss(model(x[:, :-1]), x[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def validate(model, data):
    model.eval()
    with torch.no_grad():
        return sum(nn.functional.mse_loss(model(x[:, :-1]), x[:, 1:]).item() for x in data) / len(data)


def stage1(train, val):
    model = PoseSeqModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    best = float("inf")
    for epoch in range(2):
        run_epoch(model, opt, train)
        score = validate(model, val)
        if score < best:
            best = score
            torch.save(model, CKPT)
    return best


def stage2(train):
    model = torch.load(CKPT, weights_only=False)
    opt = torch.optim.Adam(model.parameters(), lr=1e-4)
    for x in train:  # fine-tune on the new subject with a plain loop
        loss = nn.functional.mse_loss(model(x[:, :-1]), x[:, 1:])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


train = [torch.randn(3, 8, 10) for _ in range(2)]
val = [torch.randn(3, 8, 10)]
try:
    print("stage 1 best val", stage1(train, val))
    print("stage 2 loss", stage2([torch.randn(3, 8, 10) for _ in range(2)]))
finally:
    if os.path.exists(CKPT):
        os.remove(CKPT)
