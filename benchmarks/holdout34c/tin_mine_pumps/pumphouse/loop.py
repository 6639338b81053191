import torch
import torch.nn.functional as F


class Loop:
    def __init__(self, model, train_data, val_data, callbacks=(), lr=1e-2):
        self.model = model
        self.train_data = train_data
        self.val_data = val_data
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def _validate(self, epoch):
        self.model.eval()
        with torch.no_grad():
            mse = sum(F.mse_loss(self.model(x), y).item() for x, y in self.val_data) / len(self.val_data)
        logs = {"epoch": epoch, "val_mse": mse}
        self._call("on_validation_end", logs)
        return logs

    def fit(self, epochs=2):
        self._call("on_fit_start")
        for epoch in range(epochs):
            self.model.train()
            total = 0.0
            for x, y in self.train_data:
                self.opt.zero_grad()
                loss = F.mse_loss(self.model(x), y)
                loss.backward()
                self.opt.step()
                total += loss.item()
            self._call("on_epoch_end", {"epoch": epoch, "train_loss": total / len(self.train_data)})
            self._validate(epoch)
