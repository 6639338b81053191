import torch


class Engine:
    def __init__(self, model, config, callbacks=()):
        self.model = model
        self.cfg = dict(config)
        self.callbacks = list(callbacks)
        self.epoch = 0
        self.opt = torch.optim.SGD(model.parameters(), lr=self.cfg.get("lr", 0.05))

    def _fire(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def run_validation(self):
        self.model.eval()
        correct = 0
        with torch.no_grad():
            for x, y in self.val_batches:
                correct += (self.model(x).argmax(1) == y).sum().item()
        metrics = {"acc": correct / sum(len(y) for _, y in self.val_batches)}
        self._fire("on_validation_end", metrics)
        return metrics

    def fit(self, train_batches, val_batches):
        self.val_batches = val_batches
        for self.epoch in range(self.cfg["epochs"]):
            self._fire("on_epoch_start")
            self.model.train()
            for x, y in train_batches:
                loss = torch.nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            print("epoch", self.epoch, self.run_validation())
