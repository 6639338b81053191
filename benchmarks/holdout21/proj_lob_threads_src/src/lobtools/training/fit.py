import torch
import torch.nn.functional as F

from lobtools.training.validation import BackgroundValidator


def fit(model, make_batch, epochs=3, steps=3, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    validator = BackgroundValidator(make_batch)
    model.train()
    for epoch in range(epochs):
        for _ in range(steps):
            x, y = make_batch(4)
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        validator.submit(model, epoch)  # the worker evaluates a deep copy; this model stays in train mode
    return validator.join()
