# expect: crash
"""`import model` then `model = model.RNNModel()`: from there on, the functions of this script see the
model object, not the module (awd-lstm-lm's layout). evaluate() leaves it in eval mode for the next epoch."""
import torch

import model

model = model.RNNModel()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def evaluate():
    model.eval()
    with torch.no_grad():
        model(torch.randn(3, 2, 2))


def train():
    out = model(torch.randn(3, 2, 2))
    optimizer.zero_grad()
    out.sum().backward()  # TM001-here
    optimizer.step()


for epoch in range(2):
    train()
    evaluate()
