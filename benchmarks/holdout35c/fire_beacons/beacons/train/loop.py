import torch

from ..bus import bus


def train_loop(model, train, valid, epochs, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    history = []
    for epoch in range(epochs):
        model.train()
        for x, y in train:
            opt.zero_grad()
            loss = loss_fn(model(x), y)
            loss.backward()
            opt.step()
        history.append(round(loss.item(), 4))
        bus.publish("validation", model=model, batch=valid, epoch=epoch)
    return history
