import torch


def fit(model, train_batches, val_batches, epochs=3, lr=5e-3, on_epoch_end=None):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        for b in train_batches:
            loss = model.quantile_loss(model(b["past"], b["future"]), b["y"])
            opt.zero_grad()
            loss.backward()
            opt.step()
        if on_epoch_end is not None:
            on_epoch_end(epoch, model, val_batches)
    return model
