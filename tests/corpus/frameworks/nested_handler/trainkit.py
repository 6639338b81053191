"""A trainer that owns an event bus; user callbacks get the model with each event."""
import torch
import torch.nn as nn


class Callback:
    def after_step(self, step, model=None): pass
    def after_eval(self, step, model=None, loss=None): pass


class PrintLoss(Callback):
    def after_eval(self, step, model=None, loss=None):
        print(f"step {step}: val {loss:.3f}")


class EventBus:
    def __init__(self, callbacks, model):
        self.callbacks = list(callbacks)
        self.model = model

    def emit(self, event, step, **kwargs):
        for cb in self.callbacks:
            getattr(cb, event)(step, model=self.model, **kwargs)


class Trainer:
    def __init__(self, model, data, val_data, eval_every=2, callbacks=None):
        self.model = model
        self.data, self.val_data = data, val_data
        self.eval_every = eval_every
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.bus = EventBus([PrintLoss()] + list(callbacks or []), self.model)

    def evaluate(self, step):
        self.model.eval()
        with torch.no_grad():
            loss = sum(nn.functional.mse_loss(self.model(x), y).item() for x, y in self.val_data)
        self.bus.emit("after_eval", step, loss=loss)

    def step(self, model, x, y):
        loss = nn.functional.mse_loss(model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def fit(self, epochs=2):
        step = 0
        for _ in range(epochs):
            self.model.train()
            for x, y in self.data:
                self.step(self.model, x, y)
                step += 1
                self.bus.emit("after_step", step)
                if step % self.eval_every == 0:
                    self.evaluate(step)
