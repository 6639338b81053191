"""The fit loop: one backward per batch, then the epoch-end hooks."""


def fit(model, optimizer, data, handler, epochs=2):
    for epoch in range(epochs):
        for x in data:
            loss = model(x).pow(2).mean()
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
        handler.fire("on_epoch_end", model, epoch)
