# expect: clean
"""The same rebinding of the module's name; train() puts the model back in train mode first."""
import torch

import model

model = model.RNNModel()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def evaluate():
    model.eval()
    with torch.no_grad():
        model(torch.randn(3, 2, 2))


def train():
    model.train()
    out = model(torch.randn(3, 2, 2))
    optimizer.zero_grad()
    out.sum().backward()
    optimizer.step()


for epoch in range(2):
    train()
    evaluate()
