import torch
import torch.nn.functional as F


def train_task(model, batches, epochs, penalty=None, lr=3e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    history = []
    for _ in range(epochs):
        model.train()
        for x, y in batches:
            opt.zero_grad()
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            if penalty is not None:
                loss = loss + penalty.penalty(model)
            loss.backward()
            opt.step()
        history.append(loss.item())
    return history
