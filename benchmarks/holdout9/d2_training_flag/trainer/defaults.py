import weakref


class HookBase:
    trainer = None

    def before_train(self): pass
    def after_train(self): pass
    def before_step(self): pass
    def after_step(self): pass


class TrainerBase:
    def __init__(self):
        self._hooks = []
        self.iter = 0
        self.storage = {}

    def register_hooks(self, hooks):
        for h in hooks:
            h.trainer = weakref.proxy(self)
        self._hooks.extend(hooks)

    def train(self, start_iter, max_iter):
        self.iter = self.start_iter = start_iter
        self.max_iter = max_iter
        try:
            for h in self._hooks:
                h.before_train()
            for self.iter in range(start_iter, max_iter):
                for h in self._hooks:
                    h.before_step()
                self.run_step()
                for h in self._hooks:
                    h.after_step()
            self.iter += 1
        finally:
            for h in self._hooks:
                h.after_train()

    def run_step(self):
        raise NotImplementedError


class SimpleTrainer(TrainerBase):
    def __init__(self, model, data_loader, optimizer):
        super().__init__()
        model.train()
        self.model = model
        self.data_loader = data_loader
        self.optimizer = optimizer

    def run_step(self):
        assert self.model.training, "[SimpleTrainer] model was changed to eval mode!"
        batch = next(self.data_loader)
        loss_dict = self.model(batch)
        losses = sum(loss_dict.values())
        self.optimizer.zero_grad()
        losses.backward()  # TM001-here
        self.optimizer.step()
        self.storage.setdefault("loss", []).append(float(losses))
