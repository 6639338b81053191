"""A small training loop whose listeners are plain objects; `emit` looks their handlers up by name."""


class Listener:
    pass


class FitLoop:
    def __init__(self, listeners=(), epochs=2):
        self.listeners = list(listeners)
        self.epochs = epochs
        self.step = 0

    def emit(self, event, *payload):
        for listener in self.listeners:
            handler = getattr(listener, f"after_{event}", None)
            if handler is not None:
                handler(self, self.net, *payload)

    def run(self, net, batches, loss_fn, optimizer):
        self.net = net
        net.train()
        for _ in range(self.epochs):
            for inputs, targets in batches:
                loss = loss_fn(net(inputs), targets)
                optimizer.zero_grad()
                loss.backward()  # TM001-here
                optimizer.step()
                self.step += 1
                self.emit("batch", loss.item())
            self.emit("epoch")
