import torch
import torch.nn.functional as F

from netmender.train.modes import EvalMode


def fit(model, train_batches, val_batches, epochs=2, lr=1e-2, callbacks=()):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    state = {}
    model.train()
    for epoch in range(epochs):
        total = 0.0
        for x, y in train_batches:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += loss.item()
        state.update(epoch=epoch, loss=total / len(train_batches))

        with EvalMode(model):
            worst, worst_loss, correct, n = None, -1.0, 0, 0
            with torch.no_grad():
                for x, y in val_batches:
                    logits = model(x)
                    l = F.cross_entropy(logits, y).item()
                    correct += (logits.argmax(-1) == y).sum().item()
                    n += len(y)
                    if l > worst_loss:
                        worst, worst_loss = x, l
            state.update(val_acc=correct / n, worst_x=worst)
        for cb in callbacks:
            cb.on_validation_end(model, state)
        for cb in callbacks:
            cb.on_epoch_end(model, state)
    return state
