import torch
import torch.nn.functional as F


class Runner:
    """A small training loop: validation at the end of each epoch, then the user's hooks by name."""

    def __init__(self, model, train_data, val_data, hooks=()):
        self.model = model
        self.train_data = train_data
        self.val_data = val_data
        self.hooks = list(hooks)
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def _emit(self, name, *args):
        for hook in self.hooks:
            fn = getattr(hook, name, None)
            if fn is not None:
                fn(self, *args)

    def _validate(self, epoch):
        self.model.eval()
        with torch.no_grad():
            loss = sum(F.mse_loss(self.model(x), y).item() for x, y in self.val_data)
        self._emit("after_validation", epoch, loss)

    def run(self, epochs):
        for epoch in range(epochs):
            self.model.train()
            for x, y in self.train_data:
                loss = F.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self._validate(epoch)
