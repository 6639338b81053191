import torch
import torch.nn.functional as F
from modes import evaluating


def validate(model, batches):
    with evaluating(model), torch.no_grad():
        errs = []
        for x, y in batches:
            if x.numel() == 0:
                raise ValueError("empty validation batch")
            errs.append(F.l1_loss(model(x), y).item())
    return sum(errs) / len(errs)


def train(model, train_batches, val_batches, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for epoch in range(epochs):
        try:
            print("val mae", validate(model, val_batches))
        except ValueError as err:
            print("skipping validation:", err)
        for x, y in train_batches:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return loss.item()
