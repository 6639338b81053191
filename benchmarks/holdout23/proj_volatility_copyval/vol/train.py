import torch

from .validate import qlike, validate


def train_loop(model, train, val, epochs):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    r, rv = train
    for ep in range(epochs):
        loss = qlike(model(r), rv)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {ep} train {loss.item():.4f} val {validate(model, val):.4f}")
