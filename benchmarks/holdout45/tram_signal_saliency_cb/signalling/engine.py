import torch
import torch.nn.functional as F


class Engine:
    HOOKS = ("on_train_batch_end", "on_validation_end", "on_epoch_end")

    def __init__(self, model, cfg, callbacks=()):
        self.model = model
        self.cfg = cfg
        self.callbacks = list(callbacks)
        self.opt = torch.optim.SGD(model.parameters(), lr=cfg["optim"]["lr"], momentum=0.9)
        self.train_batches = cfg["data"]["train"]
        self.val_batches = cfg["data"]["val"]

    def fire(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def _train_epoch(self):
        self.model.train()
        for occ, aspect in self.train_batches:
            loss = F.cross_entropy(self.model(occ), aspect)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
            self.fire("on_train_batch_end", loss.item())

    @torch.no_grad()
    def _validate(self):
        self.model.eval()
        correct = sum((self.model(o).argmax(1) == a).sum().item() for o, a in self.val_batches)
        return correct / sum(len(a) for _, a in self.val_batches)

    def fit(self):
        for epoch in range(self.cfg["trainer"]["epochs"]):
            self._train_epoch()
            acc = self._validate()
            with torch.enable_grad():
                self.fire("on_validation_end", acc)
            self.model.train()
            self.fire("on_epoch_end", epoch)
        return acc
